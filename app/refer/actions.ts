'use server';
import { headers } from 'next/headers';
import { clientLimitKey } from '@/lib/abuse';
import { env } from '@/lib/env';
import type { ReferralFormState } from '@/lib/referrals/form-state';
import { rememberSentReferral } from '@/lib/referrals/sent-receipt';
import { submitReferral } from '@/lib/referrals/submit';
import { valuesFromFormData } from '@/lib/referrals/schema';

const FAULT =
  'Something went wrong on our side and the referral was not sent. Nothing you typed is lost: please try again in a few minutes.';

export async function submitReferralAction(prev: ReferralFormState, formData: FormData): Promise<ReferralFormState> {
  const attempt = prev.status === 'editing' ? prev.attempt + 1 : 1;
  try {
    const { outcome, values } = await submitReferral(formData, { ip: clientLimitKey(await headers()) });
    switch (outcome.kind) {
      case 'sent': {
        // The site's configured public address, never the request's Host: the
        // link is kept and shared, and must work from wherever it is opened.
        const statusUrl = outcome.statusToken ? new URL(`/referrals/status/${outcome.statusToken}`, env().SITE_URL).toString() : null;
        // For a reload of /refer/sent in this browser only.
        await rememberSentReferral(outcome.reference);
        return { status: 'sent', reference: outcome.reference, statusUrl };
      }
      case 'invalid':
        return { status: 'editing', values, fieldErrors: outcome.fieldErrors, message: null, crisis: outcome.crisis, attempt };
      case 'refused':
        return { status: 'editing', values, fieldErrors: {}, message: outcome.message, crisis: false, attempt };
    }
  } catch (err) {
    // The error's name and code only: Prisma messages can quote the values.
    const code = typeof err === 'object' && err && 'code' in err ? ` ${String(err.code)}` : '';
    console.error(`[referral] a referral could not be saved: ${err instanceof Error ? err.name : 'error'}${code}`);
    return { status: 'editing', values: valuesFromFormData(formData), fieldErrors: {}, message: `${FAULT} You can also call us at ${env().CLEARINGHOUSE_PHONE}.`, crisis: false, attempt };
  }
}
