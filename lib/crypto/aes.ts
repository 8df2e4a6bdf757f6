// AES-256-GCM for personal fields at rest. Pure functions over node:crypto;
// the keys come from lib/crypto/key.ts. Formats (parts in base64url):
//   v2.<key id>.<12-byte IV>.<16-byte auth tag>.<ciphertext>   written now
//   v1.<12-byte IV>.<16-byte auth tag>.<ciphertext>            read only
// The key id (first 8 hex digits of SHA-256 of the key) says which key of
// the ring opens a value, so keys can rotate. The associated data binds a
// value to its table, column and row: a ciphertext copied anywhere else
// fails to open (docs/decisions/026-keys-and-database-roles.md).
import crypto from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`cannot decrypt: ${reason}`);
    this.name = 'DecryptionError';
  }
}

/** Where a value lives; part of what GCM authenticates. */
export type FieldContext = { table: string; column: string; rowId: string };

/** The key in use for new values, and every key that may open old ones, by id. */
export type KeyRing = { currentId: string; keys: ReadonlyMap<string, Buffer> };

function checkKey(key: Buffer) {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
}

export function keyId(key: Buffer): string {
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function keyRing(current: Buffer, previous: readonly Buffer[] = []): KeyRing {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...previous]) {
    checkKey(key);
    const id = keyId(key);
    const known = keys.get(id);
    if (known && !known.equals(key)) throw new Error(`two encryption keys share the id ${id}; generate a new key`);
    keys.set(id, key);
  }
  return { currentId: keyId(current), keys };
}

const associatedData = (id: string, c: FieldContext) => Buffer.from(`v2.${id}.${c.table}.${c.column}.${c.rowId}`, 'utf8');

export function encryptField(plaintext: string, context: FieldContext, ring: KeyRing): string {
  const id = ring.currentId;
  const key = ring.keys.get(id) as Buffer;
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(id, context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v2', id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

function open(key: Buffer, ivText: string, tagText: string, bodyText: string, aad: Buffer | null): string {
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new DecryptionError('bad IV or tag');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  if (aad) decipher.setAAD(aad);
  try {
    return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // GCM refuses a wrong key, a changed byte and a value moved from elsewhere alike.
    throw new DecryptionError('wrong key, tampered data, or a value that belongs to another field');
  }
}

export function decryptField(token: string, context: FieldContext, ring: KeyRing): string {
  const parts = token.split('.');
  if (parts[0] === 'v2' && parts.length === 5) {
    const [, id, iv, tag, body] = parts as [string, string, string, string, string];
    const key = ring.keys.get(id);
    if (!key) {
      throw new DecryptionError(
        `the value was sealed with key ${id}, which is not configured: add that key to REFERRAL_ENCRYPTION_PREVIOUS_KEYS ` +
          `(configured: ${[...ring.keys.keys()].join(', ')})`,
      );
    }
    return open(key, iv, tag, body, associatedData(id, context));
  }
  if (parts[0] === 'v1' && parts.length === 4) {
    // Written before key ids: any key of the ring may have sealed it.
    const [, iv, tag, body] = parts as [string, string, string, string];
    for (const key of ring.keys.values()) {
      try {
        return open(key, iv, tag, body, null);
      } catch (err) {
        if (!(err instanceof DecryptionError)) throw err;
      }
    }
    throw new DecryptionError('no configured key opens this value (format v1)');
  }
  throw new DecryptionError('unknown format');
}

/** The value sealed again under the current key, or null when it already is. */
export function reencryptField(token: string, context: FieldContext, ring: KeyRing): string | null {
  if (token.startsWith(`v2.${ring.currentId}.`)) {
    decryptField(token, context, ring); // still proves it belongs here
    return null;
  }
  return encryptField(decryptField(token, context, ring), context, ring);
}
