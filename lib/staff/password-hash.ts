// argon2id with the seed's parameters (OWASP minimum: 19 MiB, t=2, p=1), so
// seeded and real accounts share one format.
import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_HASH_OPTIONS } from './password-options';

export async function hashSecret(secret: string): Promise<string> {
  return hash(secret, PASSWORD_HASH_OPTIONS);
}

export async function verifySecret(phc: string, secret: string): Promise<boolean> {
  try {
    return await verify(phc, secret);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so the answer takes as long
// as for a real account and timing does not reveal which emails exist.
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(secret: string): Promise<false> {
  decoy ??= hashSecret('decoy-password-that-never-matches');
  await verifySecret(await decoy, secret);
  return false;
}
