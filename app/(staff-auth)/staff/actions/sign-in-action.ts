'use server';
import { redirect } from 'next/navigation';
import { formValues } from '@/lib/forms/form-values';
import { failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { setPendingSignIn } from '@/lib/staff/pending-sign-in';
import { getRequestIp } from '@/lib/staff/request-ip';
import { startStaffSession } from '@/lib/staff/session';
import { checkPasswordStep } from '@/lib/staff/sign-in-data';
import { safeNextPath, signInSchema } from '@/lib/staff/schema';

// The same words whatever went wrong, so the form never tells whether an
// email has an account or is locked.
const REFUSED =
  'That email and password do not match an active staff account. After several failed attempts sign-in slows down, and after ten it pauses for 15 minutes from where you are (the account owner is told by email).';

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = formValues(form, ['email']);
  const parsed = signInSchema.safeParse(formValues(form, ['email', 'password']));
  if (!parsed.success) return invalid(parsed.error, values);
  const next = safeNextPath(form.get('next'));
  const step = await checkPasswordStep(parsed.data.email, parsed.data.password, await getRequestIp());
  if (step.kind === 'refused') return failed(REFUSED, values);
  if (step.kind === 'signed-in') {
    if (!(await startStaffSession(step.userId, step.sessionVersion))) return failed(REFUSED, values);
    redirect(next);
  }
  await setPendingSignIn({ userId: step.userId, sessionVersion: step.sessionVersion, step: step.kind, next });
  redirect(step.kind === 'enrol' ? '/staff/sign-in/enrol' : '/staff/sign-in/two-factor');
}
