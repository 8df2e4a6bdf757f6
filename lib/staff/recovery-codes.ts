// One-time recovery codes: ten per enrolment, shown once, stored only as
// argon2 hashes. 10 characters from a 31-letter alphabet without look-alikes
// (about 49 bits each), grouped 5-5 for reading aloud.
import crypto from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no i, l, o, 0, 1
export const RECOVERY_CODE_COUNT = 10;

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What the person typed, in the stored form (case, spaces and dashes forgiven), or null. */
export function normalizeRecoveryCode(input: string): string | null {
  const raw = input.toLowerCase().replace(/[\s-]+/g, '');
  if (raw.length !== 10 || [...raw].some((c) => !ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}
