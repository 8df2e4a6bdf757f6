// Encrypt and decrypt personal fields with the app's key (see key.ts for
// where it comes from). Server-only: the key must never reach a browser.
import 'server-only';
import { env } from '../env.ts';
import { decryptWithKey, encryptWithKey } from './aes.ts';
import { resolveEncryptionKey } from './key.ts';

export { DecryptionError } from './aes.ts';
export { MissingKeyError } from './key.ts';

let cachedKey: Buffer | undefined;

/** Resolves the key now; start-up calls it so a missing key fails at once, not on the first referral. */
export function encryptionKey(): Buffer {
  cachedKey ??= resolveEncryptionKey(env()).key;
  return cachedKey;
}

export function encryptText(plaintext: string): string {
  return encryptWithKey(plaintext, encryptionKey());
}

export function decryptText(token: string): string {
  return decryptWithKey(token, encryptionKey());
}

/** Null and empty stay null: an absent detail is not worth a ciphertext. */
export function encryptOptional(plaintext: string | null | undefined): string | null {
  return plaintext ? encryptText(plaintext) : null;
}
