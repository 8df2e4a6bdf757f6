import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssignForms } from '@/components/staff/referrals/referral-forms';
import { ReferralSent } from '@/components/staff/referrals/referral-sent';
import { ReferralTimeline } from '@/components/staff/referrals/referral-timeline';
import { ReferralWorkForm } from '@/components/staff/referrals/work-form';
import { assignReferralAction } from '../actions/assign-referral-action';
import { workOnReferralAction } from '../actions/work-on-referral-action';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { getReferralForStaff } from '@/lib/referrals/data';
import { listAssignableStaff } from '@/lib/referrals/staff-inbox-data';
import { NEXT_STATUSES } from '@/lib/referrals/staff-schema';
import { STATUS_WORDS } from '@/lib/referrals/status-words';

export const metadata: Metadata = { title: 'Referral' };
// Client details: never cached, always read (and logged, by the read itself) afresh.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE: Record<string, string> = {
  status: 'The status was changed and the message to the referrer was queued (the outbox shows when it is sent).',
  'status-unmailed': 'The status was changed. The referrer’s address was erased, so no one was emailed.',
  note: 'The note was added. The status did not change and no one was emailed.',
  assigned: 'The referral was assigned.',
};
const ERRORS: Record<string, string> = { assignee: 'That staff member cannot be assigned.' };

export default async function ReferralPage({ params, searchParams }: Props) {
  const me = await requireStaffPage('REFERRALS');
  const { id } = await params;
  const r = await getReferralForStaff(id, { actor: me, ip: await getRequestIp() });
  if (!r) notFound();
  const sp = await searchParams;
  const staff = await listAssignableStaff(me);
  const error = ERRORS[String(sp.error ?? '')];
  const done = DONE[String(sp.done ?? '')];
  const version = r.events.at(-1)?.id ?? r.id;
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/referrals">All referrals</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Referral {r.reference}</h1>
      {error && <p role="alert" className="mt-3 rounded border-2 border-red-800 bg-red-50 p-3 font-semibold" data-testid="referral-error">{error}</p>}
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="referral-done">{done}</p>}
      {r.unreadable && <p role="alert" className="mt-3 font-semibold">Some details could not be decrypted.</p>}
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Status</dt><dd data-testid="referral-status">{STATUS_WORDS[r.status].label}</dd>
        <dt className="font-semibold">Received</dt><dd>{shortDateTime(r.createdAt)}</dd>
        <dt className="font-semibold">Assigned to</dt><dd data-testid="referral-assignee">{r.assignedTo?.name ?? 'Nobody'}</dd>
      </dl>
      <div className="mt-2 lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-8">
        <div>
          <ReferralSent r={r} />
          <ReferralTimeline events={r.events} />
        </div>
        <section aria-labelledby="work-heading" className="mt-6 space-y-6">
          <h2 id="work-heading" className="text-xl font-semibold">Work on it</h2>
          <ReferralWorkForm
            action={workOnReferralAction}
            id={r.id}
            version={version}
            currentLabel={STATUS_WORDS[r.status].label}
            next={NEXT_STATUSES[r.status].map((s) => ({ value: s, label: STATUS_WORDS[s].label }))}
          />
          <AssignForms id={r.id} assignedToId={r.assignedTo?.id ?? null} meId={me.userId} staff={staff} action={assignReferralAction} />
        </section>
      </div>
    </>
  );
}
