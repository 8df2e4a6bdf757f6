'use server';
import { formValues } from '@/lib/forms/form-values';
import { done, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { readPendingSignIn } from '@/lib/staff/pending-sign-in';
import { getRequestIp } from '@/lib/staff/request-ip';
import { startStaffSession } from '@/lib/staff/session';
import { openEnrolmentSecret } from '@/lib/staff/totp-enrolment';
import { recordFailure, recordSuccess } from '@/lib/staff/login-attempts-data';
import { getPendingAccount } from '@/lib/staff/sign-in-data';
import { enrolTwoFactor } from '@/lib/staff/two-factor-data';
import { enrolSchema } from '@/lib/staff/schema';

const EXPIRED = 'Your sign-in has expired. Start again with your email and password.';

/** First two-factor set-up of an admin or referral staff member, between the password and the session. */
export async function enrolAtSignInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const pending = await readPendingSignIn();
  const account = pending?.step === 'enrol' ? await getPendingAccount(pending) : null;
  if (!pending || !account) return failed(EXPIRED);
  if (account.totpEnabledAt) return failed('Two-factor sign-in is already set up for this account. Sign in with your code.');
  const secret = await openEnrolmentSecret(account.id, form.get('sealed'));
  if (!secret) return failed('This set-up page has expired. Reload it and scan the new code.');
  const parsed = enrolSchema.safeParse(formValues(form, ['code', 'current']));
  if (!parsed.success) return invalid(parsed.error);
  const ip = await getRequestIp();
  const actor = { userId: account.id, email: account.email };
  // The password again: a pending sign-in alone (a browser left on this page) cannot bind a phone.
  const result = await enrolTwoFactor(actor, pending.sessionVersion, secret, parsed.data.code, parsed.data.current, ip);
  if (!result.ok) {
    if (result.reason === 'bad-password') {
      // A wrong password counts towards the account's lockout here as at the first step.
      await recordFailure({ id: account.id, email: account.email, name: account.name, role: account.role }, ip, 'bad-password', Date.now());
      return failed('Your password is not right. Two-factor sign-in was not turned on.', {}, { current: ['Enter your password.'] });
    }
    return result.reason === 'bad-code'
      ? failed('That code did not match. Check the time on your phone and enter the code now showing.', {}, { code: ['Enter the current 6-digit code.'] })
      : failed(EXPIRED);
  }
  await recordSuccess({ id: account.id, email: account.email, name: account.name, role: account.role }, ip, 'password+enrolment');
  // The pending cookie stays until it expires: it grants nothing now that
  // two-factor is on, and a browser without JavaScript re-renders this page
  // from it to show the codes.
  if (!(await startStaffSession(account.id, pending.sessionVersion))) return failed(EXPIRED);
  return done(result.codes);
}
