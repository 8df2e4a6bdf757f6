// Where the encryption keys are, for the backup command to say so (they are
// never in the backup) and, with a passphrase, to seal them into a bundle.
// Reads only: unlike the app, it never creates a key.
import fs from 'node:fs';
import path from 'node:path';
import { keyId } from '../crypto/aes.ts';
import { KEY_FILE_NAME } from '../crypto/key.ts';
import type { KeySet } from './key-bundle.ts';

type KeyEnv = Record<string, string | undefined>;

const decode = (text: string) => {
  const k = Buffer.from(text.trim(), 'base64');
  if (k.length !== 32) throw new Error('An encryption key is not 32 bytes of base64.');
  return k;
};

export type KeyLocation = { where: string; keys: KeySet | null; ids: string[] };

export function locateKeys(e: KeyEnv, dataDir: string): KeyLocation {
  const previous = (e.REFERRAL_ENCRYPTION_PREVIOUS_KEYS ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(decode);
  const also = previous.length ? ' and REFERRAL_ENCRYPTION_PREVIOUS_KEYS' : '';
  const found = (where: string, current: Buffer): KeyLocation => ({ where: where + also, keys: { current, previous }, ids: [current, ...previous].map(keyId) });
  if (e.REFERRAL_ENCRYPTION_KEY) return found('the REFERRAL_ENCRYPTION_KEY environment variable', decode(e.REFERRAL_ENCRYPTION_KEY));
  if (e.REFERRAL_ENCRYPTION_KEY_FILE) {
    const file = path.resolve(e.REFERRAL_ENCRYPTION_KEY_FILE);
    return fs.existsSync(file) ? found(`the file ${file} (REFERRAL_ENCRYPTION_KEY_FILE)`, decode(fs.readFileSync(file, 'utf8'))) : { where: `${file} (missing!)`, keys: null, ids: [] };
  }
  const file = path.join(dataDir, KEY_FILE_NAME);
  if (fs.existsSync(file)) return found(`the file ${file}`, decode(fs.readFileSync(file, 'utf8')));
  return { where: `nowhere yet (${file} does not exist: nothing has been encrypted)`, keys: null, ids: [] };
}
