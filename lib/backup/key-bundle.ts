// The encryption keys are never inside a backup: whoever holds the backup
// file would hold the referrals too. With a passphrase the backup command
// writes them beside it as a separate file, sealed with scrypt + AES-256-GCM
// (node:crypto; no extra library). Keep that file, or the keys themselves,
// somewhere other than the backups.
import crypto from 'node:crypto';
import { z } from 'zod';
import { keyId } from '../crypto/aes.ts';

const FORMAT = 'selfhelp-keys 1';
// scrypt cost: about 0.1–0.3 s and 32 MiB here, once per backup or restore.
const SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;
const MAXMEM = 64 * 1024 * 1024;

const bundleSchema = z.object({
  format: z.literal(FORMAT),
  keyIds: z.array(z.string()),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  iv: z.string(),
  tag: z.string(),
  ciphertext: z.string(),
});

export type KeySet = { current: Buffer; previous: Buffer[] };

export const MIN_PASSPHRASE_LENGTH = 12;

function derive(passphrase: string, salt: Buffer, p: { N: number; r: number; p: number }): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { N: p.N, r: p.r, p: p.p, maxmem: MAXMEM });
}

export function sealKeyBundle(keys: KeySet, passphrase: string): string {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`The backup passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(Buffer.from(FORMAT));
  const body = JSON.stringify({ current: keys.current.toString('base64'), previous: keys.previous.map((k) => k.toString('base64')) });
  const ciphertext = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  const bundle: z.infer<typeof bundleSchema> = {
    format: FORMAT,
    keyIds: [keys.current, ...keys.previous].map(keyId),
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export function openKeyBundle(text: string, passphrase: string): KeySet {
  let parsed;
  try {
    parsed = bundleSchema.parse(JSON.parse(text));
  } catch {
    throw new Error('This is not a key bundle written by the backup command.');
  }
  if (parsed.kdf.N > 1 << 20 || parsed.kdf.r > 32 || parsed.kdf.p > 4) throw new Error('The key bundle asks for an unreasonable scrypt cost.');
  const decipher = crypto.createDecipheriv('aes-256-gcm', derive(passphrase, Buffer.from(parsed.kdf.salt, 'base64'), parsed.kdf), Buffer.from(parsed.iv, 'base64'));
  decipher.setAAD(Buffer.from(FORMAT));
  decipher.setAuthTag(Buffer.from(parsed.tag, 'base64'));
  let body: string;
  try {
    body = Buffer.concat([decipher.update(Buffer.from(parsed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('The passphrase does not open this key bundle (or the file was changed).');
  }
  const keys = z.object({ current: z.string(), previous: z.array(z.string()) }).parse(JSON.parse(body));
  return { current: Buffer.from(keys.current, 'base64'), previous: keys.previous.map((k) => Buffer.from(k, 'base64')) };
}
