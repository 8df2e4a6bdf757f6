'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { getGroupForEdit } from '@/lib/listings/editor-data';
import { listTopicOptions } from '@/lib/listings/staff-list-data';
import { approveSubmission, getSubmission, type PartialDecision } from '@/lib/submissions/staff-data';
import { groupToFormValues } from '@/lib/listings/editable';
import { applyProposal } from '@/lib/submissions/proposal';
import { proposalChanges } from '@/lib/submissions/changes';
import type { DecisionFormState } from '@/lib/submissions/review-state';
import { declineReasonSchema, decisionSchema, type DecisionValues } from '@/lib/submissions/review-schema';
import { readVersion, parseGroupForm, type GroupInput } from '@/lib/listings/schema';
import { readStoredProposal } from '@/lib/submissions/schema';
import { changeContext } from '@/lib/staff/context';
import { readSubmissionId, reviewRefusal } from './shared';

/** Accept a submission whole, or only the ticked changes with a reason for the rest: one decision, one mail. */
export async function approveSubmissionAction(_prev: DecisionFormState, form: FormData): Promise<DecisionFormState> {
  const session = await authorizeAction('submission.approve');
  const decision = decisionSchema.parse({ decision: form.get('decision') ?? undefined, accept: form.getAll('accept'), reason: form.get('reason') ?? undefined });
  const values: DecisionValues = { accept: decision.accept, reason: decision.reason };
  const refuse = (message: string, fieldErrors: Record<string, string[]> = {}): DecisionFormState => ({ message, fieldErrors, values });
  const id = readSubmissionId(form);
  const sub = id ? await getSubmission(id) : null;
  if (!id || !sub) return refuse('This submission no longer exists.');
  let listing: GroupInput | null = null;
  let partial: PartialDecision | null = null;
  if (sub.kind !== 'PROBLEM_REPORT') {
    const proposal = readStoredProposal(sub.payload);
    if (!proposal) return refuse('The proposal is incomplete. Edit it below, then approve it.');
    const current = sub.group ? await getGroupForEdit(sub.group.id) : null;
    if (sub.kind === 'UPDATE' && !current) return refuse('The listing this correction is about no longer exists. Decline it.');
    const changed = proposalChanges(current, proposal).changes.filter((c) => c.changed);
    // A new group is accepted whole: part of one would not make a listing.
    const ticked = decision.decision === 'all' || sub.kind === 'NEW_GROUP' ? changed : changed.filter((c) => decision.accept.includes(c.key));
    if (ticked.length === 0 && changed.length > 0) return refuse('Tick the changes you accept, or decline them all below.', { accept: ['Tick at least one change to accept.'] });
    const rejected = changed.filter((c) => !ticked.includes(c));
    if (rejected.length > 0) {
      const reason = declineReasonSchema.safeParse(decision.reason);
      if (!reason.success) {
        const message = reason.error.issues[0]?.message ?? 'Give the reason.';
        return refuse(`Say why the other changes were not accepted. ${message}`, { reason: [message] });
      }
      partial = { accepted: ticked.map((c) => c.label), rejected: rejected.map((c) => c.label), reason: reason.data };
    }
    const topics = new Map((await listTopicOptions()).map((t) => [t.slug, t.id]));
    const after = applyProposal(current ? groupToFormValues(current) : null, proposal, topics, new Date().toISOString().slice(0, 10), rejected.length === 0 ? 'all' : new Set(ticked.map((c) => c.key)));
    const parsed = parseGroupForm(after);
    if (!parsed.success) return refuse(reviewRefusal({ status: 'invalid', fieldErrors: parsed.fieldErrors }) ?? 'The proposal cannot be applied.');
    listing = parsed.data;
  }
  const result = await approveSubmission(id, listing, readVersion(form), await changeContext(session), partial);
  const refusal = reviewRefusal(result);
  if (refusal) return refuse(refusal);
  revalidatePath('/staff/submissions');
  revalidatePath('/staff/listings');
  if (sub.group) revalidatePath(`/groups/${sub.group.slug}`);
  // The list page knows "approved"; a partial decision is shown on the submission itself.
  if (partial) {
    revalidatePath(`/staff/submissions/${id}`);
    redirect(`/staff/submissions/${id}?done=partly-approved`);
  }
  redirect('/staff/submissions?done=approved');
}
