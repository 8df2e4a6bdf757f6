'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { updateSubmissionProposal } from '@/lib/submissions/staff-data';
import { fieldErrorsFrom } from '@/lib/forms/field-errors';
import type { ReviewFormState } from '@/lib/submissions/review-state';
import { proposalSchema, readProposalValues, withAnotherMeetingRow } from '@/lib/submissions/schema';
import { text } from '@/lib/forms/form-values';
import { changeContext } from '@/lib/staff/context';
import { readSubmissionId, reviewRefusal } from './shared';

export async function editSubmissionAction(_prev: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const session = await authorizeAction('submission.edit');
  const id = readSubmissionId(form);
  const values = readProposalValues(form);
  if (!id) return { message: 'This submission no longer exists.', fieldErrors: {}, values };
  if (text(form, 'intent', 20) === 'add-meeting') return { message: null, fieldErrors: {}, values: withAnotherMeetingRow(values, form) };
  const parsed = proposalSchema.safeParse(values);
  if (!parsed.success) return { message: 'The proposal was not saved. Correct the fields marked below.', fieldErrors: fieldErrorsFrom(parsed.error), values };
  const result = await updateSubmissionProposal(id, parsed.data, await changeContext(session));
  const refusal = reviewRefusal(result);
  if (refusal) return { message: refusal, fieldErrors: {}, values };
  revalidatePath(`/staff/submissions/${id}`);
  redirect(`/staff/submissions/${id}?done=edited`);
}
