'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/auth/guards';
import { declineSubmission } from '@/lib/data/staff-submissions';
import type { ReviewFormState } from '@/lib/submissions/review-state';
import { declineReasonSchema } from '@/lib/validation/submission-review';
import { changeContext } from '@/lib/data/staff-context';
import { readSubmissionId, reviewRefusal } from './shared';

export async function declineSubmissionAction(_prev: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const session = await authorizeAction('submission.decline');
  const id = readSubmissionId(form);
  if (!id) return { message: 'This submission no longer exists.', fieldErrors: {}, values: null };
  const reason = declineReasonSchema.safeParse(form.get('reason'));
  if (!reason.success) {
    const message = reason.error.issues[0]?.message ?? 'Give a reason.';
    return { message, fieldErrors: { reason: [message] }, values: null };
  }
  const result = await declineSubmission(id, reason.data, await changeContext(session));
  const refusal = reviewRefusal(result);
  if (refusal) return { message: refusal, fieldErrors: {}, values: null };
  revalidatePath('/staff/submissions');
  redirect('/staff/submissions?done=declined');
}
