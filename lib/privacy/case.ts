// A request about personal data in progress ("case"): who is being looked
// for, sealed (encrypted and authenticated, lib/staff/seal.ts) into the
// page's address, so the email or phone is never in a URL, a server log or
// the browser's history in clear. It opens only for the staff member who
// searched, and only for half an hour.
import 'server-only';
import { z } from 'zod';
import { seal, unseal } from '../staff/seal.ts';
import type { PersonQuery } from './schema.ts';

const PURPOSE = 'personal-data-case';
export const CASE_MAX_AGE_MS = 30 * 60_000;

const payload = z.object({ u: z.string(), e: z.string().nullable(), p: z.string().nullable() });

export async function sealCase(userId: string, q: PersonQuery): Promise<string> {
  return seal(PURPOSE, { u: userId, e: q.email, p: q.phone }, CASE_MAX_AGE_MS);
}

/** The query, or null when the value is missing, forged, expired or another staff member's. */
export async function openCase(userId: string, value: string | undefined): Promise<PersonQuery | null> {
  const c = await unseal(PURPOSE, value, payload);
  if (!c || c.u !== userId || (!c.e && !c.p)) return null;
  return { email: c.e, phone: c.p };
}
