'use server';
import { redirect } from 'next/navigation';
import { formValues } from '@/lib/forms/form-values';
import { failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { clearPendingSignIn, readPendingSignIn } from '@/lib/staff/pending-sign-in';
import { getRequestIp } from '@/lib/staff/request-ip';
import { startStaffSession } from '@/lib/staff/session';
import { checkSecondFactor } from '@/lib/staff/sign-in-data';
import { codeSchema } from '@/lib/staff/schema';

const EXPIRED = 'Your sign-in has expired. Start again with your email and password.';

export async function secondFactorAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const pending = await readPendingSignIn();
  if (!pending || pending.step !== 'second-factor') return failed(EXPIRED);
  const parsed = codeSchema.safeParse(formValues(form, ['code']));
  if (!parsed.success) return invalid(parsed.error);
  const result = await checkSecondFactor(pending, parsed.data.code, await getRequestIp());
  if (result.kind === 'refused') {
    return failed('That code did not work. Codes change every 30 seconds and each can be used once; a recovery code also works once.', {}, {
      code: ['Enter the current 6-digit code, or one of your recovery codes.'],
    });
  }
  await clearPendingSignIn();
  if (!(await startStaffSession(result.userId, result.sessionVersion))) return failed(EXPIRED);
  redirect(result.method === 'recovery-code' ? `/staff/account?recovery-codes-left=${result.recoveryCodesLeft ?? 0}` : pending.next);
}
