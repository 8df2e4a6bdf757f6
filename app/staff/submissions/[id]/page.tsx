import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProposalComparison } from '@/components/staff/submissions/proposal-comparison';
import { SUBMISSION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from '@/components/staff/submissions/labels';
import { ApproveForm, DeclineForm, EditProposalForm } from '@/components/staff/submissions/review-forms';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { getGroupForEdit } from '@/lib/listings/editor-data';
import { listOrganizationOptions, listTopicOptions } from '@/lib/listings/staff-list-data';
import { getSubmission } from '@/lib/submissions/staff-data';
import { compareGroupValues, sideBySide } from '@/lib/listings/compare';
import { emptyGroupValues, groupToFormValues } from '@/lib/listings/editable';
import { applyProposal, proposalValuesFromPayload } from '@/lib/submissions/proposal';
import { readStoredProposal } from '@/lib/submissions/schema';
import { approveSubmissionAction } from '../actions/approve-submission-action';
import { declineSubmissionAction } from '../actions/decline-submission-action';
import { editSubmissionAction } from '../actions/edit-submission-action';

export const metadata: Metadata = { title: 'Review a submission' };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewSubmissionPage({ params, searchParams }: Props) {
  await requireStaffPage();
  const sub = await getSubmission((await params).id);
  if (!sub) notFound();
  const edited = (await searchParams).done === 'edited';
  const [topics, organizations] = await Promise.all([listTopicOptions(), listOrganizationOptions()]);
  const current = sub.group ? await getGroupForEdit(sub.group.id) : null;
  const proposal = sub.kind === 'PROBLEM_REPORT' ? null : readStoredProposal(sub.payload);
  const lookups = { topics: new Map(topics.map((t) => [t.id, t.name])), organizations: new Map(organizations.map((o) => [o.id, o.name])) };
  const before = current ? groupToFormValues(current) : { ...emptyGroupValues(), meetings: [] };
  const after = proposal ? applyProposal(current ? before : null, proposal, new Map(topics.map((t) => [t.slug, t.id])), new Date().toISOString().slice(0, 10)) : null;
  const rows = after ? [...sideBySide(before, after, lookups), ...compareGroupValues(before, after, lookups).filter((d) => d.key.startsWith('meetings.'))] : [];
  const pending = sub.status === 'PENDING';
  const title = `${SUBMISSION_KIND_LABELS[sub.kind]}: ${sub.group?.name ?? proposal?.name ?? 'a new group'}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/submissions">All submissions</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      {edited && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">The corrected proposal was saved.</p>}
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="submission-status">{SUBMISSION_STATUS_LABELS[sub.status]}{sub.reviewedBy ? ` by ${sub.reviewedBy.name}` : ''}{sub.reviewedAt ? `, ${shortDateTime(sub.reviewedAt)}` : ''}</dd>
        {sub.declineReason && (<><dt className="font-semibold">Reason</dt><dd>{sub.declineReason}</dd></>)}
        <dt className="font-semibold">From</dt>
        <dd>{sub.submitterName} &lt;{sub.submitterEmail}&gt;, {shortDateTime(sub.createdAt)}</dd>
        {sub.group && (<><dt className="font-semibold">Listing</dt><dd><Link href={`/staff/listings/${sub.group.id}`}>{sub.group.name}</Link></dd></>)}
        {sub.message && (<><dt className="font-semibold">Message</dt><dd className="whitespace-pre-line">{sub.message}</dd></>)}
      </dl>
      {after && (
        <section aria-labelledby="compare-heading" className="mt-6">
          <h2 id="compare-heading" className="text-xl font-semibold">{current ? 'The listing now and the proposal' : 'The proposed listing'}</h2>
          <ProposalComparison rows={rows} currentLabel={current ? 'Listing now' : 'Now (no listing)'} />
        </section>
      )}
      {sub.kind !== 'PROBLEM_REPORT' && !proposal && <p className="mt-4 font-semibold">The stored proposal is incomplete; correct it below before approving.</p>}
      {pending && (
        <section aria-labelledby="decide-heading" className="mt-6 grid gap-6 md:grid-cols-2">
          <h2 id="decide-heading" className="text-xl font-semibold md:col-span-2">Decide</h2>
          <div>
            <p className="mb-2">{sub.kind === 'NEW_GROUP' ? 'Approving publishes the new listing.' : sub.kind === 'UPDATE' ? 'Approving saves the proposal over the listing.' : 'Approve once the problem is dealt with.'} The submitter is told by email.</p>
            <ApproveForm action={approveSubmissionAction} id={sub.id} version={current?.version ?? null} label={sub.kind === 'PROBLEM_REPORT' ? 'Mark as dealt with' : 'Approve'} />
          </div>
          <DeclineForm action={declineSubmissionAction} id={sub.id} />
        </section>
      )}
      {pending && sub.kind !== 'PROBLEM_REPORT' && (
        <details className="mt-6 rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-semibold">Correct the proposal before approving</summary>
          <div className="mt-4">
            <EditProposalForm action={editSubmissionAction} id={sub.id} values={proposalValuesFromPayload(sub.payload)} topics={topics} />
          </div>
        </details>
      )}
    </>
  );
}
