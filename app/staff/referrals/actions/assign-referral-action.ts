'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { assignReferral } from '@/lib/referrals/staff-inbox-data';
import { changeContext } from '@/lib/staff/context';
import { readReferralId } from './shared';

/** `assignee`: "me", a staff id, or "" for nobody. */
export async function assignReferralAction(form: FormData): Promise<void> {
  const session = await authorizeAction('referral.assign', 'REFERRALS');
  const id = readReferralId(form);
  if (!id) notFound();
  const raw = form.get('assignee');
  const assignee = raw === 'me' ? session.userId : typeof raw === 'string' && /^[a-z0-9]{10,40}$/.test(raw) ? raw : null;
  const result = await assignReferral(id, assignee, await changeContext(session));
  if (result.status === 'not-found') notFound();
  if (result.status === 'unknown-staff') redirect(`/staff/referrals/${id}?error=assignee`);
  revalidatePath('/staff/referrals');
  redirect(`/staff/referrals/${id}?done=assigned`);
}
