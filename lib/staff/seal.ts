// Short-lived, encrypted values bound to one purpose (pending sign-in,
// sign-in tickets, TOTP secrets during enrolment, and the referral form's
// confirmation cookie, lib/referrals/sent-receipt.ts). They use Auth.js's own
// JWE encoding with the session secret and a per-purpose salt, so a value
// sealed for one purpose can never be opened as another or as a session.
import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import type { z } from 'zod';
import { authSecret } from './auth-secret';

const salt = (purpose: string) => `selfhelp.staff.${purpose}`;

export async function seal(purpose: string, payload: Record<string, unknown>, maxAgeMs: number): Promise<string> {
  return encode({ token: payload, secret: authSecret(), salt: salt(purpose), maxAge: Math.ceil(maxAgeMs / 1000) });
}

/** The payload, or null when the value is missing, forged, for another purpose or expired. */
export async function unseal<T>(purpose: string, value: string | undefined, schema: z.ZodType<T>): Promise<T | null> {
  if (!value || value.length > 4096) return null;
  try {
    const payload = await decode({ token: value, secret: authSecret(), salt: salt(purpose) });
    const parsed = schema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
