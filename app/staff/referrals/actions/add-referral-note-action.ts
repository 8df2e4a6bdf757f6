'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/auth/guards';
import { changeReferralStatus } from '@/lib/data/referrals';
import { getReferralStatus, recordReferralChange } from '@/lib/data/staff-referrals';
import { referralNoteSchema } from '@/lib/validation/staff-referral';
import { changeContext } from '@/lib/data/staff-context';
import { readReferralId } from './shared';

/** A note is a history entry at the current status: no mail goes out. */
export async function addReferralNoteAction(form: FormData): Promise<void> {
  const session = await authorizeAction('referral.note');
  const id = readReferralId(form);
  const current = id ? await getReferralStatus(id) : null;
  if (!id || !current) notFound();
  const note = referralNoteSchema.safeParse(form.get('note') ?? '');
  if (!note.success) redirect(`/staff/referrals/${id}?error=note`);
  await changeReferralStatus(id, current.status, { actorId: session.userId, note: note.data });
  await recordReferralChange(id, 'referral.note', null, { status: current.status }, await changeContext(session));
  revalidatePath('/staff/referrals');
  redirect(`/staff/referrals/${id}?done=note`);
}
