'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { declineSubmission } from '@/lib/submissions/staff-data';
import type { DecisionFormState } from '@/lib/submissions/review-state';
import { fieldErrorsFrom } from '@/lib/forms/field-errors';
import { declineSchema } from '@/lib/submissions/review-schema';
import { changeContext } from '@/lib/staff/context';
import { readSubmissionId, reviewRefusal } from './shared';

/** Reject the whole proposal; the reason is mailed to the person who sent it. */
export async function declineSubmissionAction(_prev: DecisionFormState, form: FormData): Promise<DecisionFormState> {
  const session = await authorizeAction('submission.decline');
  const id = readSubmissionId(form);
  if (!id) return { message: 'This submission no longer exists.', fieldErrors: {}, values: null };
  const typed = form.get('reason');
  const values = { accept: [], reason: typeof typed === 'string' ? typed.slice(0, 4000) : '' };
  const parsed = declineSchema.safeParse({ reason: typed });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    return { message: fieldErrors.reason?.[0] ?? 'Give a reason.', fieldErrors, values };
  }
  const result = await declineSubmission(id, parsed.data.reason, await changeContext(session));
  const refusal = reviewRefusal(result);
  if (refusal) return { message: refusal, fieldErrors: {}, values };
  revalidatePath('/staff/submissions');
  redirect('/staff/submissions?done=declined');
}
