'use server';
import { formValues } from '@/lib/forms/form-values';
import { done, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { openEnrolmentSecret } from '@/lib/staff/totp-enrolment';
import { getSessionVersion } from '@/lib/staff/own-account-data';
import { enrolTwoFactor } from '@/lib/staff/two-factor-data';
import { enrolSchema } from '@/lib/staff/schema';

const BAD_PASSWORD = 'Your password is not right. Two-factor sign-in was not turned on.';

/** Turning two-factor on from My account (editors, or anyone setting up a new phone); needs the password again. */
export async function enrolTwoFactorAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.enrol-two-factor');
  const secret = await openEnrolmentSecret(session.userId, form.get('sealed'));
  if (!secret) return failed('This set-up page has expired. Reload it and scan the new code.');
  const parsed = enrolSchema.safeParse(formValues(form, ['code', 'current']));
  if (!parsed.success) return invalid(parsed.error);
  const version = await getSessionVersion(session.userId);
  const result = version === null ? null : await enrolTwoFactor(session, version, secret, parsed.data.code, parsed.data.current, await getRequestIp());
  if (result?.ok === false && result.reason === 'bad-password') return failed(BAD_PASSWORD, {}, { current: ['Enter your current password.'] });
  if (!result?.ok) {
    return failed('That code did not match. Check the time on your phone and enter the code now showing.', {}, { code: ['Enter the current 6-digit code.'] });
  }
  return done(result.codes);
}
