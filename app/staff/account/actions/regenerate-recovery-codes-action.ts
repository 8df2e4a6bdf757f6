'use server';
import { failed, formValues, invalid, type AuthFormState } from '@/lib/auth/form-state';
import { authorizeAction } from '@/lib/auth/guards';
import { getRequestIp } from '@/lib/auth/request-ip';
import { regenerateRecoveryCodes } from '@/lib/data/staff-two-factor';
import { confirmPasswordSchema } from '@/lib/validation/staff-auth';

export async function regenerateRecoveryCodesAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.regenerate-recovery-codes');
  const parsed = confirmPasswordSchema.safeParse(formValues(form, ['current']));
  if (!parsed.success) return invalid(parsed.error);
  const codes = await regenerateRecoveryCodes(session, parsed.data.current, await getRequestIp());
  if (!codes) return failed('Your current password is not right.', {}, { current: ['Enter your current password.'] });
  return { message: null, fieldErrors: {}, values: {}, done: true, codes };
}
