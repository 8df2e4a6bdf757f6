// Keyed hashes ("blind indexes") of encrypted values, so an exact value can be
// found without decrypting every row. HMAC-SHA-256 under a key derived
// (HKDF) from an encryption key of the ring and the index's purpose: no new
// secret to configure or lose, and a hash never equals one made for another
// purpose. The stored form "<key id>:<hex>" says which key made it, so rows
// hashed under a retired key are recognised and hashed again
// (docs/decisions/038-requests-about-personal-data.md).
import crypto from 'node:crypto';
import type { KeyRing } from './aes.ts';

function indexKey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), `selfhelp.blind-index.${purpose}`, 32));
}

/** The lookup value of `normalised` under the ring's current key. */
export function blindIndex(normalised: string, purpose: string, ring: KeyRing): string {
  const key = ring.keys.get(ring.currentId) as Buffer;
  const mac = crypto.createHmac('sha256', indexKey(key, purpose)).update(normalised, 'utf8').digest('hex');
  return `${ring.currentId}:${mac}`;
}

/** The prefix every lookup value made under the current key starts with. */
export const currentIndexPrefix = (ring: KeyRing) => `${ring.currentId}:`;
