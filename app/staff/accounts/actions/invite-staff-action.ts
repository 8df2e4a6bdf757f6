'use server';
import { revalidatePath } from 'next/cache';
import { failed, formValues, invalid, type AuthFormState } from '@/lib/auth/form-state';
import { authorizeAction } from '@/lib/auth/guards';
import { getRequestIp } from '@/lib/auth/request-ip';
import { inviteStaff } from '@/lib/data/staff-tokens';
import { inviteSchema } from '@/lib/validation/staff-auth';

export async function inviteStaffAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('staff.invite', 'ADMIN');
  const values = formValues(form, ['email', 'role']);
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await inviteStaff(session, parsed.data.email, parsed.data.role, await getRequestIp());
  if (!result.ok) return failed('That address already has a staff account.', values, { email: ['Already a staff account.'] });
  revalidatePath('/staff/accounts');
  return { message: null, fieldErrors: {}, values: {}, done: true };
}
