'use server';
import { formValues } from '@/lib/forms/form-values';
import { done, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { getRequestIp } from '@/lib/staff/request-ip';
import { requestPasswordReset } from '@/lib/staff/tokens-data';
import { forgotPasswordSchema } from '@/lib/staff/schema';

export async function forgotPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = formValues(form, ['email']);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  await requestPasswordReset(parsed.data.email, await getRequestIp());
  // The same answer whether or not the address has an account.
  return done();
}
