'use server';
import { revalidatePath } from 'next/cache';
import { formValues } from '@/lib/forms/form-values';
import { done, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { disableOwnTwoFactor } from '@/lib/staff/two-factor-data';
import { confirmPasswordSchema } from '@/lib/staff/schema';

export async function disableTwoFactorAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('auth.disable-two-factor');
  const parsed = confirmPasswordSchema.safeParse(formValues(form, ['current']));
  if (!parsed.success) return invalid(parsed.error);
  const result = await disableOwnTwoFactor(session, parsed.data.current, await getRequestIp());
  if (result === 'required') return failed('Administrators and staff with referral access must keep two-factor sign-in on.');
  if (result === 'bad-password') return failed('Your current password is not right.', {}, { current: ['Enter your current password.'] });
  revalidatePath('/staff/account');
  return done();
}
