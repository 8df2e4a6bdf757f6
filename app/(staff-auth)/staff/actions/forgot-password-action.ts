'use server';
import { formValues, invalid, type AuthFormState } from '@/lib/auth/form-state';
import { getRequestIp } from '@/lib/auth/request-ip';
import { requestPasswordReset } from '@/lib/data/staff-tokens';
import { forgotPasswordSchema } from '@/lib/validation/staff-auth';

export async function forgotPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = formValues(form, ['email']);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  await requestPasswordReset(parsed.data.email, await getRequestIp());
  // The same answer whether or not the address has an account.
  return { message: null, fieldErrors: {}, values: {}, done: true };
}
