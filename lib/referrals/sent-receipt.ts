// The confirmation a reload of /refer/sent shows: the reference, in the
// browser that sent the referral only, for 30 minutes. It travels in an
// encrypted, HttpOnly cookie scoped to that page, never in the address, so
// trying references there tells a stranger nothing (not even whether one
// exists) and a shared or remembered address shows nothing either.
import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { env } from '../env.ts';
import { seal, unseal } from '../staff/seal.ts';
import { REFERENCE_PATTERN } from './reference.ts';

const COOKIE = 'referral-sent';
const PURPOSE = 'referral-sent';
export const SENT_RECEIPT_MS = 30 * 60_000;
const schema = z.object({ ref: z.string().regex(REFERENCE_PATTERN) });

/** Called by the referral form's action once the referral is saved. */
export async function rememberSentReferral(reference: string): Promise<void> {
  const value = await seal(PURPOSE, { ref: reference }, SENT_RECEIPT_MS);
  (await cookies()).set(COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().SITE_URL.startsWith('https:'),
    path: '/refer/sent',
    maxAge: SENT_RECEIPT_MS / 1000,
  });
}

/** The reference this browser sent in the last 30 minutes, or null (no cookie, a forged one, or expired). */
export async function readSentReferral(): Promise<string | null> {
  const claims = await unseal(PURPOSE, (await cookies()).get(COOKIE)?.value, schema);
  return claims?.ref ?? null;
}
