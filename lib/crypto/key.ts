// Which key encrypts personal fields. REFERRAL_ENCRYPTION_KEY when set.
// Otherwise, for the embedded default (`npm start` with nothing configured)
// and for development, a key generated once into <data dir>/encryption.key
// (mode 0600) and read from there after. In production against a database
// of your own, a missing key stops the app: a key file on one app server
// next to a shared database is too easy to lose or to leave behind.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '../env.ts';

type KeyEnv = Pick<Env, 'NODE_ENV' | 'DATABASE_URL' | 'REFERRAL_ENCRYPTION_KEY' | 'SELFHELP_DATA_DIR'>;

export const KEY_FILE_NAME = 'encryption.key';

export function dataDirFor(e: Pick<Env, 'SELFHELP_DATA_DIR'>, cwd = process.cwd()): string {
  return e.SELFHELP_DATA_DIR ? path.resolve(cwd, e.SELFHELP_DATA_DIR) : path.join(cwd, '.data');
}

/** True when DATABASE_URL is the embedded server the start script runs from this data folder. */
export function isEmbeddedDatabase(url: string, dataDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return false;
  const secretFile = path.join(dataDir, 'pg.password');
  if (!fs.existsSync(secretFile)) return false;
  return fs.readFileSync(secretFile, 'utf8').trim() === decodeURIComponent(parsed.password);
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold 32 bytes in base64; it does not.`);
  return key;
}

/** Reads the key file, creating it atomically (no half-written file is ever visible) on first use. */
export function loadOrCreateKeyFile(file: string): Buffer {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, `${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      // Another process made it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return decodeKey(fs.readFileSync(file, 'utf8'), file);
}

export class MissingKeyError extends Error {
  constructor() {
    super(
      'REFERRAL_ENCRYPTION_KEY is not set. In production with your own DATABASE_URL the key that encrypts ' +
        'referral details must come from the environment: generate one with `openssl rand -base64 32`, ' +
        'keep a copy somewhere safe (without it the details cannot be read) and set REFERRAL_ENCRYPTION_KEY.',
    );
    this.name = 'MissingKeyError';
  }
}

export function resolveEncryptionKey(e: KeyEnv, cwd = process.cwd()): { key: Buffer; source: 'env' | 'file' } {
  if (e.REFERRAL_ENCRYPTION_KEY) return { key: decodeKey(e.REFERRAL_ENCRYPTION_KEY, 'REFERRAL_ENCRYPTION_KEY'), source: 'env' };
  const dir = dataDirFor(e, cwd);
  if (e.NODE_ENV === 'production' && !isEmbeddedDatabase(e.DATABASE_URL, dir)) throw new MissingKeyError();
  return { key: loadOrCreateKeyFile(path.join(dir, KEY_FILE_NAME)), source: 'file' };
}
