'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeReferralStatus } from '@/lib/referrals/data';
import { getReferralStatus, recordReferralChange } from '@/lib/referrals/staff-inbox-data';
import { canMoveReferral, referralStatusFormSchema } from '@/lib/referrals/staff-schema';
import { changeContext } from '@/lib/staff/context';
import { readReferralId } from './shared';

export async function changeReferralStatusAction(form: FormData): Promise<void> {
  const session = await authorizeAction('referral.status', 'REFERRALS');
  const id = readReferralId(form);
  const current = id ? await getReferralStatus(id, session) : null;
  if (!id || !current) notFound();
  const parsed = referralStatusFormSchema.safeParse({ status: form.get('status'), note: form.get('note') ?? '' });
  if (!parsed.success) redirect(`/staff/referrals/${id}?error=status`);
  // The workflow is enforced here, not only by the choices the page offers.
  if (!canMoveReferral(current.status, parsed.data.status)) redirect(`/staff/referrals/${id}?error=transition&from=${current.status}&to=${parsed.data.status}`);
  const change = await changeReferralStatus(id, parsed.data.status, { actorId: session.userId, note: parsed.data.note });
  if (!change) notFound();
  await recordReferralChange(id, 'referral.status', { status: current.status }, { status: change.status, closedAt: change.closedAt, noted: parsed.data.note !== '' }, await changeContext(session));
  revalidatePath('/staff/referrals');
  redirect(`/staff/referrals/${id}?done=status`);
}
