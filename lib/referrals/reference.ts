// Short references people can read out on the phone, and the private
// status-link tokens (only their hash is stored).
import crypto from 'node:crypto';

/** Crockford base32: digits and letters without I, L, O and U, so nothing is misread. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

/** R-XXXX-XX: 32^6 ≈ 1.07 billion values from crypto-strong randomness. */
export function newReference(): string {
  const c = () => CROCKFORD[crypto.randomInt(CROCKFORD.length)];
  return `R-${c()}${c()}${c()}${c()}-${c()}${c()}`;
}

export const STATUS_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url (43 characters). */
export function newStatusToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashStatusToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * A row id made before the row is written (cuid-like: "c" and 24 base-36
 * characters), so its encrypted fields can be bound to it (lib/crypto).
 */
export function newRecordId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let id = 'c';
  for (let i = 0; i < 24; i++) id += alphabet[crypto.randomInt(alphabet.length)];
  return id;
}
