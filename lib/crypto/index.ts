// Encrypt and decrypt personal fields with the app's keys (see key.ts for
// where they come from). Each value is bound to its table, column and row
// (aes.ts). Server-only: the keys must never reach a browser.
import 'server-only';
import { env } from '../env.ts';
import { decryptField, encryptField, type FieldContext, type KeyRing } from './aes.ts';
import { resolveKeyRing } from './key.ts';

export { DecryptionError, reencryptField, type FieldContext, type KeyRing } from './aes.ts';
export { MissingKeyError } from './key.ts';
export { newRecordId } from './record-id.ts';

let cachedRing: KeyRing | undefined;

/** Resolves the keys now; start-up calls it so a missing key fails at once, not on the first referral. */
export function encryptionKey(): KeyRing {
  cachedRing ??= resolveKeyRing(env());
  return cachedRing;
}

export function encryptText(plaintext: string, context: FieldContext): string {
  return encryptField(plaintext, context, encryptionKey());
}

export function decryptText(token: string, context: FieldContext): string {
  return decryptField(token, context, encryptionKey());
}

/** Null and empty stay null: an absent detail is not worth a ciphertext. */
export function encryptOptional(plaintext: string | null | undefined, context: FieldContext): string | null {
  return plaintext ? encryptText(plaintext, context) : null;
}
