import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssignForms, NoteForm, StatusForm } from '@/components/staff/referrals/referral-forms';
import { addReferralNoteAction } from '../actions/add-referral-note-action';
import { assignReferralAction } from '../actions/assign-referral-action';
import { changeReferralStatusAction } from '../actions/change-referral-status-action';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { getReferralForStaff } from '@/lib/referrals/data';
import { listAssignableStaff } from '@/lib/referrals/staff-inbox-data';
import type { ReferralStatus } from '@/lib/generated/prisma/enums';
import { STATUS_WORDS } from '@/lib/referrals/status-words';

export const metadata: Metadata = { title: 'Referral' };
// Client details: never cached, always read (and logged, by the read itself) afresh.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = { status: 'The status was changed and the referrer was emailed.', note: 'The note was added.', assigned: 'The referral was assigned.' };
const CONTACT: Record<string, string> = { PHONE: 'Phone', EMAIL: 'Email', TEXT: 'Text message', CLIENT_WILL_CALL: 'The client will call', CONTACT_REFERRER: 'Through the referrer' };

function errorText(sp: Record<string, string | string[] | undefined>): string | null {
  const status = (v: unknown) => (typeof v === 'string' && v in STATUS_WORDS ? STATUS_WORDS[v as ReferralStatus].label : 'that status');
  switch (sp.error) {
    case 'transition': return `A referral cannot move from “${status(sp.from)}” to “${status(sp.to)}”. The steps are: Received → In progress → Connected, Could not reach your client or No suitable group → Closed.`;
    case 'status': return 'Choose the new status.';
    case 'note': return 'Write the note before adding it.';
    case 'assignee': return 'That staff member cannot be assigned.';
    default: return null;
  }
}

export default async function ReferralPage({ params, searchParams }: Props) {
  const me = await requireStaffPage('REFERRALS');
  const { id } = await params;
  const r = await getReferralForStaff(id, { actor: me, ip: await getRequestIp() });
  if (!r) notFound();
  const sp = await searchParams;
  const staff = await listAssignableStaff(me);
  const error = errorText(sp);
  const done = DONE[String(sp.done ?? '')];
  const rows: [string, string | null][] = [
    ['Client', r.client.name], ['Contact by', CONTACT[r.client.contactMethod] ?? r.client.contactMethod], ['Contact', r.client.contact],
    ['Language', r.client.language || null], ['Accessibility', r.client.accessibility], ['Best times', r.client.bestTimes], ['Referrer’s notes', r.notes],
  ];
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/referrals">All referrals</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Referral {r.reference}</h1>
      {error && <p role="alert" className="mt-3 rounded border-2 border-red-800 bg-red-50 p-3 font-semibold" data-testid="referral-error">{error}</p>}
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">{done}</p>}
      {r.unreadable && <p role="alert" className="mt-3 font-semibold">Some details could not be decrypted.</p>}
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Status</dt><dd data-testid="referral-status">{STATUS_WORDS[r.status].label}</dd>
        <dt className="font-semibold">Group</dt><dd>{r.group ? <Link href={`/groups/${r.group.slug}`}>{r.group.name}</Link> : `Help finding a group${r.help?.town ? ` near ${r.help.town}` : ''}`}</dd>
        <dt className="font-semibold">Referrer</dt><dd>{r.referrer.name}, {r.referrer.role}, {r.referrer.organisation} — {r.referrer.email}{r.referrer.phone ? `, ${r.referrer.phone}` : ''}</dd>
        <dt className="font-semibold">Received</dt><dd>{shortDateTime(r.createdAt)}</dd>
        <dt className="font-semibold">Assigned to</dt><dd data-testid="referral-assignee">{r.assignedTo?.name ?? 'Nobody'}</dd>
      </dl>
      <section aria-labelledby="client-heading" className="mt-6">
        <h2 id="client-heading" className="text-xl font-semibold">Client (confidential)</h2>
        {r.erasedAt ? <p>The client’s details were erased on {shortDateTime(r.erasedAt)}.</p> : (
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            {rows.map(([k, v]) => (<div key={k} className="contents"><dt className="font-semibold">{k}</dt><dd className="whitespace-pre-line">{v ?? '—'}</dd></div>))}
          </dl>
        )}
      </section>
      <section aria-labelledby="work-heading" className="mt-6 grid gap-6 md:grid-cols-2">
        <h2 id="work-heading" className="text-xl font-semibold md:col-span-2">Work on it</h2>
        <StatusForm id={r.id} status={r.status} action={changeReferralStatusAction} />
        <div className="space-y-6">
          <AssignForms id={r.id} assignedToId={r.assignedTo?.id ?? null} meId={me.userId} staff={staff} action={assignReferralAction} />
          <NoteForm id={r.id} action={addReferralNoteAction} />
        </div>
      </section>
      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="text-xl font-semibold">History</h2>
        <ol className="mt-2 space-y-2" data-testid="referral-history">
          {r.events.map((e) => (
            <li key={e.id} className="rounded border border-slate-200 p-2">
              <time dateTime={e.createdAt.toISOString()}>{shortDateTime(e.createdAt)}</time> — {STATUS_WORDS[e.status].label}
              {e.actorName ? ` (${e.actorName})` : ''}
              {e.note && <p className="mt-1 whitespace-pre-line">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
