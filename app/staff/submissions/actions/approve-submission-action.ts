'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { getGroupForEdit } from '@/lib/listings/editor-data';
import { listTopicOptions } from '@/lib/listings/staff-list-data';
import { approveSubmission, getSubmission } from '@/lib/submissions/staff-data';
import { groupToFormValues } from '@/lib/listings/editable';
import { applyProposal } from '@/lib/submissions/proposal';
import type { ReviewFormState } from '@/lib/submissions/review-state';
import { readVersion, parseGroupForm, type GroupInput } from '@/lib/listings/schema';
import { readStoredProposal } from '@/lib/submissions/schema';
import { changeContext } from '@/lib/staff/context';
import { readSubmissionId, reviewRefusal } from './shared';

export async function approveSubmissionAction(_prev: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const session = await authorizeAction('submission.approve');
  const id = readSubmissionId(form);
  const sub = id ? await getSubmission(id) : null;
  if (!id || !sub) return { message: 'This submission no longer exists.', fieldErrors: {}, values: null };
  let listing: GroupInput | null = null;
  if (sub.kind !== 'PROBLEM_REPORT') {
    const proposal = readStoredProposal(sub.payload);
    if (!proposal) return { message: 'The proposal is incomplete. Edit it below, then approve it.', fieldErrors: {}, values: null };
    const current = sub.group ? await getGroupForEdit(sub.group.id) : null;
    if (sub.kind === 'UPDATE' && !current) return { message: 'The listing this correction is about no longer exists. Decline it.', fieldErrors: {}, values: null };
    const topics = new Map((await listTopicOptions()).map((t) => [t.slug, t.id]));
    const values = applyProposal(current ? groupToFormValues(current) : null, proposal, topics, new Date().toISOString().slice(0, 10));
    const parsed = parseGroupForm(values);
    if (!parsed.success) return { message: reviewRefusal({ status: 'invalid', fieldErrors: parsed.fieldErrors }), fieldErrors: {}, values: null };
    listing = parsed.data;
  }
  const result = await approveSubmission(id, listing, readVersion(form), await changeContext(session));
  const refusal = reviewRefusal(result);
  if (refusal) return { message: refusal, fieldErrors: {}, values: null };
  revalidatePath('/staff/submissions');
  revalidatePath('/staff/listings');
  if (sub.group) revalidatePath(`/groups/${sub.group.slug}`);
  redirect('/staff/submissions?done=approved');
}
