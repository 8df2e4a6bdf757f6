'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { openCase } from '@/lib/privacy/case';
import { erasePersonalData } from '@/lib/privacy/erase-data';
import { eraseConfirmationSchema } from '@/lib/privacy/schema';
import { field } from './shared';

/** Erases everything held about the person of the case, once the box confirming it is ticked. */
export async function erasePersonalDataAction(form: FormData): Promise<void> {
  const session = await authorizeAction('privacy.erase', 'REFERRALS');
  const caseToken = field(form, 'case');
  const query = await openCase(session.userId, caseToken);
  if (!query) redirect('/staff/personal-data?error=expired');
  const parsed = eraseConfirmationSchema.safeParse({ case: caseToken, confirm: field(form, 'confirm') });
  if (!parsed.success) redirect(`/staff/personal-data/erase?case=${encodeURIComponent(caseToken)}&error=confirm`);
  const n = await erasePersonalData(query, await changeContext(session));
  revalidatePath('/staff/referrals');
  revalidatePath('/staff/outbox');
  redirect(`/staff/personal-data?done=erased&referrals=${n.referrals}&messages=${n.messages}&submissions=${n.submissions}&attempts=${n.loginAttempts}`);
}
