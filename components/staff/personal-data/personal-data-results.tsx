// What the directory holds about one person, section by section, as the
// export document has it. Readable on screen and on paper (the forms are
// left out of a printout).
import Link from 'next/link';
import type { ReactNode } from 'react';
import { shortDateTime } from '@/components/staff/status-labels';
import type { PersonalData } from '@/lib/privacy/find-data';
import { ReferralCorrectionForms } from './correction-forms';

type FormAction = (form: FormData) => Promise<void>;

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="mt-6" aria-labelledby={`pd-${title.replace(/\W+/g, '-').toLowerCase()}`}>
      <h2 id={`pd-${title.replace(/\W+/g, '-').toLowerCase()}`} className="text-xl font-bold text-brand-900">{title} ({count})</h2>
      {count === 0 ? <p className="mt-1">None.</p> : <ul className="mt-2 space-y-3">{children}</ul>}
    </section>
  );
}

const Pair = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <dt className="font-semibold">{term}</dt>
    <dd className="break-words">{children}</dd>
  </>
);

export function PersonalDataResults({ data, caseToken, correctAction }: { data: PersonalData; caseToken: string; correctAction: FormAction }) {
  return (
    <div data-testid="personal-data-results">
      {data.unreadable > 0 && <p role="alert" className="mt-3 font-semibold">{data.unreadable} encrypted detail(s) could not be opened with the configured keys: they could not be searched or shown.</p>}
      <Section title="Referrals" count={data.referrals.length}>
        {data.referrals.map((r) => (
          <li key={r.id} className="rounded border border-slate-300 p-3" data-testid="personal-data-referral">
            <h3 className="font-semibold"><Link href={`/staff/referrals/${r.id}`}>Referral {r.reference}</Link> — as the {r.as.join(' and the ')}</h3>
            <dl className="mt-1 grid gap-x-4 sm:grid-cols-[10rem_1fr]">
              <Pair term="Received">{shortDateTime(r.createdAt)}, {r.status.toLowerCase().replace(/_/g, ' ')}</Pair>
              <Pair term="For">{r.group ?? 'Help finding a group'}</Pair>
              {r.erasedAt ? <Pair term="Client">Details erased {shortDateTime(r.erasedAt)}</Pair> : (
                <>
                  <Pair term="Client">{r.client.name ?? '—'}</Pair>
                  <Pair term="Contact">{r.client.contact ?? r.client.contactMethod.toLowerCase().replace(/_/g, ' ')}</Pair>
                  {r.client.accessibility && <Pair term="Accessibility">{r.client.accessibility}</Pair>}
                  {r.client.bestTimes && <Pair term="Best times">{r.client.bestTimes}</Pair>}
                  {r.notes && <Pair term="Notes">{r.notes}</Pair>}
                </>
              )}
              <Pair term="Referrer">{[r.referrer.name, r.referrer.organisation, r.referrer.email, r.referrer.phone].filter(Boolean).join(', ') || 'Erased'}</Pair>
            </dl>
            <div className="print:hidden"><ReferralCorrectionForms referral={r} caseToken={caseToken} action={correctAction} /></div>
          </li>
        ))}
      </Section>
      <Section title="Messages" count={data.messages.length}>
        {data.messages.map((m) => (
          <li key={m.id} className="rounded border border-slate-300 p-3">
            <p className="font-semibold">{m.subject}</p>
            <p className="text-sm">To {m.to}{m.replyTo ? `, reply to ${m.replyTo}` : ''} · {shortDateTime(m.createdAt)} · {m.sentAt ? 'sent' : 'not sent yet'}</p>
            <pre className="mt-1 whitespace-pre-wrap break-words font-sans">{m.text}</pre>
          </li>
        ))}
      </Section>
      <Section title="Submissions" count={data.submissions.length}>
        {data.submissions.map((s) => (
          <li key={s.id} className="rounded border border-slate-300 p-3">
            <p><Link href={`/staff/submissions/${s.id}`}>{s.kind.toLowerCase().replace(/_/g, ' ')}</Link>, {s.status.toLowerCase()}, {shortDateTime(s.createdAt)}</p>
            <p>From {s.submitterName} &lt;{s.submitterEmail}&gt;</p>
            {s.message && <p className="whitespace-pre-wrap break-words">{s.message}</p>}
          </li>
        ))}
      </Section>
      <Section title="Staff accounts" count={data.staffAccounts.length}>
        {data.staffAccounts.map((a) => (
          <li key={a.id}><Link href={`/staff/accounts/${a.id}`}>{a.name}</Link> ({a.email}){a.disabledAt ? ', disabled' : ''} — an administrator disables an account; it is not erased, its audit entries keep it.</li>
        ))}
      </Section>
      <Section title="Sign-in attempts" count={data.loginAttempts.length}>
        {data.loginAttempts.map((a) => (
          <li key={a.id}>{shortDateTime(a.createdAt)}: {a.success ? 'signed in' : `refused (${a.reason || 'unknown'})`}{a.ip ? ` from ${a.ip}` : ''}</li>
        ))}
      </Section>
      <Section title="Group listings with this contact" count={data.listings.length}>
        {data.listings.map((g) => (
          <li key={g.id}><Link href={`/staff/listings/${g.id}`}>{g.name}</Link> ({g.status.toLowerCase().replace(/_/g, ' ')}) — change its contact in the listing editor; erasing here leaves listings alone.</li>
        ))}
      </Section>
    </div>
  );
}
