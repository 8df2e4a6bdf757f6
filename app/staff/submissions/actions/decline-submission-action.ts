'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { declineSubmission } from '@/lib/submissions/staff-data';
import type { ReviewFormState } from '@/lib/submissions/review-state';
import { fieldErrorsFrom } from '@/lib/forms/field-errors';
import { declineSchema } from '@/lib/submissions/review-schema';
import { changeContext } from '@/lib/staff/context';
import { readSubmissionId, reviewRefusal } from './shared';

export async function declineSubmissionAction(_prev: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const session = await authorizeAction('submission.decline');
  const id = readSubmissionId(form);
  if (!id) return { message: 'This submission no longer exists.', fieldErrors: {}, values: null };
  const parsed = declineSchema.safeParse({ reason: form.get('reason') });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    return { message: fieldErrors.reason?.[0] ?? 'Give a reason.', fieldErrors, values: null };
  }
  const result = await declineSubmission(id, parsed.data.reason, await changeContext(session));
  const refusal = reviewRefusal(result);
  if (refusal) return { message: refusal, fieldErrors: {}, values: null };
  revalidatePath('/staff/submissions');
  redirect('/staff/submissions?done=declined');
}
