'use server';
import { revalidatePath } from 'next/cache';
import { formValues } from '@/lib/forms/form-values';
import { done, doneWithLink, failed, invalid, type AuthFormState } from '@/lib/staff/form-state';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { inviteStaff } from '@/lib/staff/tokens-data';
import { inviteSchema } from '@/lib/staff/schema';

export async function inviteStaffAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const session = await authorizeAction('staff.invite', 'ADMIN');
  const values = formValues(form, ['email', 'role']);
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await inviteStaff(session, parsed.data.email, parsed.data.role, await getRequestIp());
  if (!result.ok) return failed('That address already has a staff account.', values, { email: ['Already a staff account.'] });
  revalidatePath('/staff/accounts');
  return result.handOver ? doneWithLink(result.handOver) : done();
}
