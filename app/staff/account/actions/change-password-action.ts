'use server';
import { failed, formValues, invalid, type AuthFormState } from '@/lib/auth/form-state';
import { authorizeAction } from '@/lib/auth/guards';
import { checkPasswordPolicy } from '@/lib/auth/password-policy';
import { getRequestIp } from '@/lib/auth/request-ip';
import { startStaffSession } from '@/lib/auth/session';
import { changeOwnPassword, getSessionVersion } from '@/lib/data/staff-own-account';
import { changePasswordSchema } from '@/lib/validation/staff-auth';

export async function changePasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.change-password');
  const parsed = changePasswordSchema.safeParse(formValues(form, ['current', 'password', 'confirm']));
  if (!parsed.success) return invalid(parsed.error);
  const problem = checkPasswordPolicy(parsed.data.password, session.email);
  if (problem) return failed('Please choose another password.', {}, { password: [problem] });
  const result = await changeOwnPassword(session, parsed.data.current, parsed.data.password, await getRequestIp());
  if (result === 'bad-password') return failed('Your current password is not right.', {}, { current: ['Enter your current password.'] });
  // Every session ended with the change; this browser gets a fresh one.
  const version = await getSessionVersion(session.userId);
  if (version !== null) await startStaffSession(session.userId, version);
  return { message: null, fieldErrors: {}, values: {}, done: true };
}
