'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { openCase } from '@/lib/privacy/case';
import { correctReferralDetails } from '@/lib/privacy/correct-data';
import { referralCorrectionSchema } from '@/lib/privacy/schema';
import { field, resultsPath } from './shared';

/** Corrects a referral's name, email or phone from the results of a request, and goes back to them. */
export async function correctReferralDetailsAction(form: FormData): Promise<void> {
  const session = await authorizeAction('privacy.correct', 'REFERRALS');
  const caseToken = field(form, 'case');
  if (!(await openCase(session.userId, caseToken))) redirect('/staff/personal-data?error=expired');
  const parsed = referralCorrectionSchema.safeParse({
    part: field(form, 'part'),
    referralId: field(form, 'referralId'),
    name: field(form, 'name'),
    contact: field(form, 'contact'),
    email: field(form, 'email'),
    phone: field(form, 'phone'),
  });
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path[0];
    redirect(resultsPath(caseToken, `&error=correction&field=${typeof where === 'string' && /^[a-z]{1,20}$/i.test(where) ? where : 'form'}`));
  }
  const result = await correctReferralDetails(parsed.data, await changeContext(session));
  if (result !== 'corrected') redirect(resultsPath(caseToken, `&error=${result}`));
  revalidatePath('/staff/referrals');
  redirect(resultsPath(caseToken, '&done=corrected'));
}
