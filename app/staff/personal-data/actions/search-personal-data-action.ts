'use server';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { sealCase } from '@/lib/privacy/case';
import { findPersonalData } from '@/lib/privacy/find-data';
import { personQuerySchema } from '@/lib/privacy/schema';
import { field, resultsPath } from './shared';

/** Looks for everything held about a person; the results page opens with the query sealed into its address. */
export async function searchPersonalDataAction(form: FormData): Promise<void> {
  const session = await authorizeAction('privacy.search', 'REFERRALS');
  const parsed = personQuerySchema.safeParse({ email: field(form, 'email'), phone: field(form, 'phone') });
  if (!parsed.success) {
    const bad = parsed.error.issues[0]?.path[0] === 'phone' ? 'phone' : 'email';
    redirect(`/staff/personal-data?error=${bad}`);
  }
  await findPersonalData(parsed.data, await changeContext(session), 'privacy.search');
  redirect(resultsPath(await sealCase(session.userId, parsed.data)));
}
