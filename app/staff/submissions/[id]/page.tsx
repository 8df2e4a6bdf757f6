import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { changeRow } from '@/components/staff/submissions/change-words';
import { DecideForm } from '@/components/staff/submissions/decide-form';
import { SUBMISSION_KIND_LABELS, submissionStatusWords } from '@/components/staff/submissions/labels';
import { DealtWithForm, DeclineForm, EditProposalForm } from '@/components/staff/submissions/review-forms';
import { shortDateTime } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { getGroupForEdit } from '@/lib/listings/editor-data';
import { listTopicOptions } from '@/lib/listings/staff-list-data';
import { getSubmission } from '@/lib/submissions/staff-data';
import { proposalChanges } from '@/lib/submissions/changes';
import { proposalValuesFromPayload } from '@/lib/submissions/proposal';
import { readStoredProposal } from '@/lib/submissions/schema';
import { approveSubmissionAction } from '../actions/approve-submission-action';
import { declineSubmissionAction } from '../actions/decline-submission-action';
import { editSubmissionAction } from '../actions/edit-submission-action';

export const metadata: Metadata = { title: 'Review a submission' };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  edited: 'The corrected proposal was saved.',
  'partly-approved': 'The ticked changes were saved to the listing. The submitter was told by email what was accepted and why the rest was not.',
};

export default async function ReviewSubmissionPage({ params, searchParams }: Props) {
  await requireStaffPage();
  const sub = await getSubmission((await params).id);
  if (!sub) notFound();
  const doneKey = (await searchParams).done;
  const done = typeof doneKey === 'string' && Object.hasOwn(DONE, doneKey) ? DONE[doneKey] : null;
  const topics = await listTopicOptions();
  const current = sub.group ? await getGroupForEdit(sub.group.id) : null;
  const proposal = sub.kind === 'PROBLEM_REPORT' ? null : readStoredProposal(sub.payload);
  const compared = proposal ? proposalChanges(current, proposal) : null;
  const topicNames = new Map(topics.map((t) => [t.slug, t.name]));
  const rows = compared?.changes.map((c) => changeRow(c, topicNames)) ?? [];
  const pending = sub.status === 'PENDING';
  const title = `${SUBMISSION_KIND_LABELS[sub.kind]}: ${sub.group?.name ?? proposal?.name ?? 'a new group'}`;
  const currentLabel = current ? 'Listing now' : 'Now (no listing)';
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/submissions">All submissions</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      {done && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">{done}</p>}
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="submission-status">{submissionStatusWords(sub)}{sub.reviewedBy ? ` by ${sub.reviewedBy.name}` : ''}{sub.reviewedAt ? `, ${shortDateTime(sub.reviewedAt)}` : ''}</dd>
        {sub.declineReason && (<><dt className="font-semibold">{sub.status === 'APPROVED' ? 'Why the rest was not accepted' : 'Reason'}</dt><dd className="whitespace-pre-line">{sub.declineReason}</dd></>)}
        <dt className="font-semibold">From</dt>
        <dd className="[overflow-wrap:anywhere]">{sub.submitterName} &lt;{sub.submitterEmail}&gt;, {shortDateTime(sub.createdAt)}</dd>
        {sub.group && (<><dt className="font-semibold">Listing</dt><dd><Link href={`/staff/listings/${sub.group.id}`}>{sub.group.name}</Link></dd></>)}
        {sub.message && (<><dt className="font-semibold">Message</dt><dd className="whitespace-pre-line">{sub.message}</dd></>)}
      </dl>
      {sub.kind !== 'PROBLEM_REPORT' && !proposal && <p className="mt-4 font-semibold">The stored proposal is incomplete; correct it below before approving.</p>}
      {compared && compared.missingMeetings > 0 && (
        <p className="mt-4 font-semibold">
          {compared.missingMeetings === 1 ? 'One meeting this proposal speaks of is' : `${compared.missingMeetings} meetings this proposal speaks of are`} no longer on the listing; those parts are left out.
        </p>
      )}
      {compared && (
        <section aria-labelledby="compare-heading" className="mt-6">
          <h2 id="compare-heading" className="text-xl font-semibold">{current ? 'What the proposal changes' : 'The proposed listing'}</h2>
          {pending ? (
            <DecideForm action={approveSubmissionAction} id={sub.id} version={current?.version ?? null} changed={rows.filter((r) => r.changed)} unchanged={rows.filter((r) => !r.changed)} perField={sub.kind === 'UPDATE'} currentLabel={currentLabel} />
          ) : (
            <p className="mt-2">This submission has been dealt with; the listing as it is now is on its own page.</p>
          )}
        </section>
      )}
      {pending && (
        <section aria-labelledby="decide-heading" className="mt-6 grid gap-6 md:grid-cols-2">
          <h2 id="decide-heading" className="text-xl font-semibold md:col-span-2">{sub.kind === 'PROBLEM_REPORT' ? 'Decide' : 'Or reject it'}</h2>
          {sub.kind === 'PROBLEM_REPORT' && (
            <div>
              <p className="mb-2">Mark it once the problem is dealt with. The person who reported it is told by email.</p>
              <DealtWithForm action={approveSubmissionAction} id={sub.id} />
            </div>
          )}
          <div>
            {sub.kind !== 'PROBLEM_REPORT' && <p className="mb-2">Rejecting leaves the listing as it is. The reason is sent to the person who proposed it.</p>}
            <DeclineForm action={declineSubmissionAction} id={sub.id} label={sub.kind === 'PROBLEM_REPORT' ? 'Decline' : 'Reject the whole proposal'} />
          </div>
        </section>
      )}
      {pending && sub.kind !== 'PROBLEM_REPORT' && (
        <details className="mt-6 rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-semibold">Correct the proposal before deciding</summary>
          <div className="mt-4">
            <EditProposalForm action={editSubmissionAction} id={sub.id} values={proposalValuesFromPayload(sub.payload)} topics={topics} />
          </div>
        </details>
      )}
    </>
  );
}
