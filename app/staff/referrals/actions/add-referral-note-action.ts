'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeReferralStatus } from '@/lib/referrals/data';
import { getReferralStatus, recordReferralChange } from '@/lib/referrals/staff-inbox-data';
import { referralNoteSchema } from '@/lib/referrals/staff-schema';
import { changeContext } from '@/lib/staff/context';
import { readReferralId } from './shared';

/** A note is a history entry at the current status: no mail goes out. */
export async function addReferralNoteAction(form: FormData): Promise<void> {
  const session = await authorizeAction('referral.note', 'REFERRALS');
  const id = readReferralId(form);
  const current = id ? await getReferralStatus(id, session) : null;
  if (!id || !current) notFound();
  const note = referralNoteSchema.safeParse(form.get('note') ?? '');
  if (!note.success) redirect(`/staff/referrals/${id}?error=note`);
  await changeReferralStatus(id, current.status, { actorId: session.userId, note: note.data });
  await recordReferralChange(id, 'referral.note', null, { status: current.status }, await changeContext(session));
  revalidatePath('/staff/referrals');
  redirect(`/staff/referrals/${id}?done=note`);
}
