// Everything the professional sent, as staff read it: who it is for, who
// sent it, the client's details (confidential), the readiness answers in the
// checklist's own words, the consent and when it was given, and their notes.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { shortDateTime } from '@/components/staff/status-labels';
import { ATTENDANCE_WORDS, CONTACT_METHOD_WORDS, readinessInWords } from '@/lib/referrals/answer-words';
import type { StaffReferral } from '@/lib/referrals/staff-view-data';

const grid = 'mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]';

function Rows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className={grid}>
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="break-words whitespace-pre-line">{v === null || v === '' ? '—' : v}</dd>
        </div>
      ))}
    </dl>
  );
}

function forWhom(r: StaffReferral): [string, ReactNode][] {
  if (r.group) return [['Group', <Link key="g" href={`/groups/${r.group.slug}`}>{r.group.name}</Link>]];
  return [
    ['Asked for', 'Help finding a group'],
    ['Topic', r.help?.topicName ?? null],
    ['Town or city', r.help?.town ?? null],
    ['Attending', r.help?.attendance ? ATTENDANCE_WORDS[r.help.attendance] : 'Any way'],
  ];
}

export function ReferralSent({ r }: { r: StaffReferral }) {
  const readiness = readinessInWords(r.readiness);
  const ref = r.referrer;
  return (
    <section aria-labelledby="sent-heading" className="mt-6 space-y-5">
      <h2 id="sent-heading" className="text-xl font-semibold">What the professional sent</h2>
      <div>
        <h3 className="font-semibold text-brand-900">For</h3>
        <Rows rows={forWhom(r)} />
      </div>
      <div>
        <h3 className="font-semibold text-brand-900">Referred by</h3>
        {r.erasedAt ? (
          <>
            <p className="mt-1">The referrer’s name and contact details were erased with the client’s.</p>
            <Rows rows={[['Role', ref.role], ['Organisation', ref.organisation]]} />
          </>
        ) : (
          <Rows rows={[['Name', ref.name], ['Role', ref.role], ['Organisation', ref.organisation], ['Email', ref.email], ['Phone', ref.phone || null]]} />
        )}
      </div>
      <div>
        <h3 className="font-semibold text-brand-900">Client (confidential)</h3>
        {r.erasedAt ? <p>The client’s details were erased on {shortDateTime(r.erasedAt)}.</p> : (
          <Rows rows={[
            ['Name or initials', r.client.name],
            ['Contact by', CONTACT_METHOD_WORDS[r.client.contactMethod]],
            ['Contact', r.client.contact],
            ['Language', r.client.language || null],
            ['Accessibility needs', r.client.accessibility],
            ['Best times', r.client.bestTimes],
          ]} />
        )}
      </div>
      <div data-testid="referral-readiness">
        <h3 className="font-semibold text-brand-900">Readiness, as the professional answered it</h3>
        {readiness.sections.length === 0 && readiness.retired === 0 && <p className="mt-1">Nothing on the checklist was ticked.</p>}
        {readiness.sections.map((s) => (
          <div key={s.heading} className="mt-2">
            <p className="font-medium">{s.heading}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {s.ticked.map((t) => (
                <li key={t.text} className={t.warning ? 'font-semibold text-red-900' : undefined}>{t.text}</li>
              ))}
            </ul>
          </div>
        ))}
        {readiness.retired > 0 && <p className="mt-1">{readiness.retired === 1 ? 'One answer is' : `${readiness.retired} answers are`} no longer on the checklist.</p>}
      </div>
      <div>
        <h3 className="font-semibold text-brand-900">Consent and notes</h3>
        <Rows rows={[
          ['Consent', <span key="c" data-testid="referral-consent">The professional confirmed the client agreed to this referral, on <time dateTime={r.consentAt.toISOString()}>{shortDateTime(r.consentAt)}</time>.</span>],
          ['Referrer’s notes', r.erasedAt ? 'Erased' : r.notes],
        ]} />
      </div>
    </section>
  );
}
