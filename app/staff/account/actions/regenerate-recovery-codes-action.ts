'use server';
import { formValues } from '@/lib/forms/form-values';
import { done, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { regenerateRecoveryCodes } from '@/lib/staff/two-factor-data';
import { confirmPasswordSchema } from '@/lib/staff/schema';

export async function regenerateRecoveryCodesAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.regenerate-recovery-codes');
  const parsed = confirmPasswordSchema.safeParse(formValues(form, ['current']));
  if (!parsed.success) return invalid(parsed.error);
  const codes = await regenerateRecoveryCodes(session, parsed.data.current, await getRequestIp());
  if (!codes) return failed('Your current password is not right.', {}, { current: ['Enter your current password.'] });
  return done(codes);
}
