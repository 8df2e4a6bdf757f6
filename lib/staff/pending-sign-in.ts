// Between the password step and the second factor (or an admin's first
// enrolment): an encrypted, HttpOnly cookie for 10 minutes saying whose
// password was right. It grants nothing by itself; the session comes only
// after the next step.
import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { env } from '@/lib/env';
import { PENDING_SIGN_IN_MS } from './policy';
import { seal, unseal } from './seal';

const COOKIE = 'staff-pending-sign-in';
const PURPOSE = 'pending-sign-in';
const schema = z.object({ uid: z.string().min(1), sv: z.number().int(), step: z.enum(['second-factor', 'enrol']), next: z.string() });

export type PendingSignIn = { userId: string; sessionVersion: number; step: 'second-factor' | 'enrol'; next: string };

export async function setPendingSignIn(p: PendingSignIn): Promise<void> {
  const value = await seal(PURPOSE, { uid: p.userId, sv: p.sessionVersion, step: p.step, next: p.next }, PENDING_SIGN_IN_MS);
  (await cookies()).set(COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().SITE_URL.startsWith('https:'),
    path: '/staff',
    maxAge: PENDING_SIGN_IN_MS / 1000,
  });
}

export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  const claims = await unseal(PURPOSE, (await cookies()).get(COOKIE)?.value, schema);
  return claims ? { userId: claims.uid, sessionVersion: claims.sv, step: claims.step, next: claims.next } : null;
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete({ name: COOKIE, path: '/staff' });
}
