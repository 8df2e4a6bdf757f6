'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/auth/guards';
import { updateSubmissionProposal } from '@/lib/data/staff-submissions';
import { collectErrors } from '@/lib/validation/form-values';
import type { ReviewFormState } from '@/lib/submissions/review-state';
import { proposalSchema, readProposalValues } from '@/lib/validation/submission';
import { changeContext } from '@/lib/data/staff-context';
import { readSubmissionId, reviewRefusal } from './shared';

export async function editSubmissionAction(_prev: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const session = await authorizeAction('submission.edit');
  const id = readSubmissionId(form);
  const values = readProposalValues(form);
  if (!id) return { message: 'This submission no longer exists.', fieldErrors: {}, values };
  const parsed = proposalSchema.safeParse(values);
  if (!parsed.success) return { message: 'The proposal was not saved. Correct the fields marked below.', fieldErrors: collectErrors(parsed.error), values };
  const result = await updateSubmissionProposal(id, parsed.data, await changeContext(session));
  const refusal = reviewRefusal(result);
  if (refusal) return { message: refusal, fieldErrors: {}, values };
  revalidatePath(`/staff/submissions/${id}`);
  redirect(`/staff/submissions/${id}?done=edited`);
}
