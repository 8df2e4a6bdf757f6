'use server';
import { formValues } from '@/lib/forms/form-values';
import { done, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { openEnrolmentSecret } from '@/lib/staff/totp-enrolment';
import { getSessionVersion } from '@/lib/staff/own-account-data';
import { enrolTwoFactor } from '@/lib/staff/two-factor-data';
import { codeSchema } from '@/lib/staff/schema';

/** Turning two-factor on from My account (editors; admins already have it). */
export async function enrolTwoFactorAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.enrol-two-factor');
  const secret = await openEnrolmentSecret(session.userId, form.get('sealed'));
  if (!secret) return failed('This set-up page has expired. Reload it and scan the new code.');
  const parsed = codeSchema.safeParse(formValues(form, ['code']));
  if (!parsed.success) return invalid(parsed.error);
  const version = await getSessionVersion(session.userId);
  const result = version === null ? null : await enrolTwoFactor(session, version, secret, parsed.data.code, await getRequestIp());
  if (!result?.ok) {
    return failed('That code did not match. Check the time on your phone and enter the code now showing.', {}, { code: ['Enter the current 6-digit code.'] });
  }
  return done(result.codes);
}
