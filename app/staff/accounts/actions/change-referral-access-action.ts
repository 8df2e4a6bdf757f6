'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { changeStaffAccount } from '@/lib/staff/accounts-data';
import { referralAccessSchema } from '@/lib/staff/schema';
import { readAccountId } from './shared';

/** Grants or takes back referral access (`access`: "grant" or "revoke"), audited. */
export async function changeReferralAccessAction(form: FormData): Promise<void> {
  const session = await authorizeAction('staff.referral-access', 'ADMIN');
  const id = readAccountId(form);
  if (!id) notFound();
  const access = referralAccessSchema.safeParse(form.get('access'));
  if (!access.success) notFound();
  const change = { kind: 'referral-access', grant: access.data === 'grant' } as const;
  const result = await changeStaffAccount(session, id, change, await getRequestIp());
  if (result === 'not-found') notFound();
  revalidatePath('/staff/accounts');
  redirect(`/staff/accounts/${id}?done=${access.data === 'grant' ? 'referral-access-granted' : 'referral-access-revoked'}`);
}
