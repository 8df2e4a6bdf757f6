'use server';
import { formValues } from '@/lib/forms/form-values';
import { done, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { authorizeAction } from '@/lib/staff/guards';
import { checkPasswordPolicy } from '@/lib/staff/password-policy';
import { getRequestIp } from '@/lib/staff/request-ip';
import { startStaffSession } from '@/lib/staff/session';
import { changeOwnPassword, getSessionVersion } from '@/lib/staff/own-account-data';
import { changePasswordSchema } from '@/lib/staff/schema';

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
  return done();
}
