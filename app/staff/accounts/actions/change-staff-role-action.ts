'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { changeStaffAccount } from '@/lib/staff/accounts-data';
import { staffRoleSchema } from '@/lib/staff/schema';
import { readAccountId } from './shared';

export async function changeStaffRoleAction(form: FormData): Promise<void> {
  const session = await authorizeAction('staff.change-role', 'ADMIN');
  const id = readAccountId(form);
  if (!id) notFound();
  const role = staffRoleSchema.safeParse(form.get('role'));
  if (!role.success) redirect(`/staff/accounts/${id}?error=role`);
  const change = { kind: 'role', role: role.data } as const;
  const result = await changeStaffAccount(session, id, change, await getRequestIp());
  if (result === 'not-found') notFound();
  revalidatePath('/staff/accounts');
  redirect(`/staff/accounts/${id}?${result === 'last-admin' ? 'error=last-admin' : 'done=role'}`);
}
