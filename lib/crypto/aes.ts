// AES-256-GCM for personal fields at rest. Pure functions over node:crypto;
// the key comes from lib/crypto/key.ts. Format (all parts base64url):
//   v1.<12-byte IV>.<16-byte auth tag>.<ciphertext>
// The version prefix lets a later format or key live beside old rows.
import crypto from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`cannot decrypt: ${reason}`);
    this.name = 'DecryptionError';
  }
}

function checkKey(key: Buffer) {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
}

export function encryptWithKey(plaintext: string, key: Buffer): string {
  checkKey(key);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptWithKey(token: string, key: Buffer): string {
  checkKey(key);
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new DecryptionError('unknown format');
  const [, ivText, tagText, bodyText] = parts as [string, string, string, string];
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new DecryptionError('bad IV or tag');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // GCM refuses a wrong key or a changed byte alike.
    throw new DecryptionError('wrong key or tampered data');
  }
}
