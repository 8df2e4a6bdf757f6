'use server';
import { redirect } from 'next/navigation';
import { formValues } from '@/lib/forms/form-values';
import { failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { checkPasswordPolicy } from '@/lib/staff/password-policy';
import { getRequestIp } from '@/lib/staff/request-ip';
import { findLiveToken, resetPassword } from '@/lib/staff/tokens-data';
import { choosePasswordSchema } from '@/lib/staff/schema';

const GONE = 'This reset link has expired or was already used. Ask for a new one from the sign-in page.';

export async function resetPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const token = String(form.get('token') ?? '');
  const live = await findLiveToken('PASSWORD_RESET', token);
  if (!live) return failed(GONE);
  const parsed = choosePasswordSchema.safeParse(formValues(form, ['password', 'confirm']));
  if (!parsed.success) return invalid(parsed.error);
  const problem = checkPasswordPolicy(parsed.data.password, live.email);
  if (problem) return failed('Please choose another password.', {}, { password: [problem] });
  if (!(await resetPassword(token, parsed.data.password, await getRequestIp()))) return failed(GONE);
  redirect('/staff/sign-in?reset=1');
}
