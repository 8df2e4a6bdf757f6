'use server';
import { revalidatePath } from 'next/cache';
import { failed, formValues, invalid, type AuthFormState } from '@/lib/auth/form-state';
import { authorizeAction } from '@/lib/auth/guards';
import { getRequestIp } from '@/lib/auth/request-ip';
import { disableOwnTwoFactor } from '@/lib/data/staff-two-factor';
import { confirmPasswordSchema } from '@/lib/validation/staff-auth';

export async function disableTwoFactorAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.disable-two-factor');
  const parsed = confirmPasswordSchema.safeParse(formValues(form, ['current']));
  if (!parsed.success) return invalid(parsed.error);
  const result = await disableOwnTwoFactor(session, parsed.data.current, await getRequestIp());
  if (result === 'admin') return failed('Administrators must keep two-factor sign-in on.');
  if (result === 'bad-password') return failed('Your current password is not right.', {}, { current: ['Enter your current password.'] });
  revalidatePath('/staff/account');
  return { message: null, fieldErrors: {}, values: {}, done: true };
}
