// Which keys encrypt personal fields. The current key is
// REFERRAL_ENCRYPTION_KEY, or the file named by REFERRAL_ENCRYPTION_KEY_FILE
// (a mounted secret). Otherwise, for the embedded default (`npm start` with
// nothing configured) and for development, a key generated once into
// <data dir>/encryption.key (mode 0600) and read from there after. In
// production against a database of your own, a missing key stops the app: a
// key file on one app server next to a shared database is too easy to lose
// or to leave behind. REFERRAL_ENCRYPTION_PREVIOUS_KEYS (comma separated)
// only open old values while `npm run keys:rotate` moves them to the current key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '../env.ts';
import { keyRing, type KeyRing } from './aes.ts';

type KeyEnv = Pick<Env, 'NODE_ENV' | 'DATABASE_URL' | 'REFERRAL_ENCRYPTION_KEY' | 'SELFHELP_DATA_DIR'> &
  Partial<Pick<Env, 'REFERRAL_ENCRYPTION_KEY_FILE' | 'REFERRAL_ENCRYPTION_PREVIOUS_KEYS'>>;

export const KEY_FILE_NAME = 'encryption.key';

export function dataDirFor(e: Pick<Env, 'SELFHELP_DATA_DIR'>, cwd = process.cwd()): string {
  return e.SELFHELP_DATA_DIR ? path.resolve(cwd, e.SELFHELP_DATA_DIR) : path.join(cwd, '.data');
}

/** Password files of the embedded server's owner and of the app's own role (scripts/lib/app-role.ts). */
export const EMBEDDED_PASSWORD_FILES = ['pg.password', 'pg-app.password'] as const;

/** True when DATABASE_URL is the embedded server the start script runs from this data folder. */
export function isEmbeddedDatabase(url: string, dataDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return false;
  return EMBEDDED_PASSWORD_FILES.some((name) => {
    const secretFile = path.join(dataDir, name);
    return fs.existsSync(secretFile) && fs.readFileSync(secretFile, 'utf8').trim() === decodeURIComponent(parsed.password);
  });
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
        'referral details must come from the environment or a mounted secret: generate one with `openssl rand -base64 32`, ' +
        'keep a copy somewhere safe (without it the details cannot be read) and set REFERRAL_ENCRYPTION_KEY ' +
        '(or REFERRAL_ENCRYPTION_KEY_FILE to the file that holds it).',
    );
    this.name = 'MissingKeyError';
  }
}

function readSecretFile(file: string, dataDir: string, production: boolean): Buffer {
  const resolved = path.resolve(file);
  if (production && !path.relative(dataDir, resolved).startsWith('..')) {
    throw new Error(`REFERRAL_ENCRYPTION_KEY_FILE (${resolved}) is inside the data folder ${dataDir}: keep the key apart from the data it protects, e.g. a mounted secret.`);
  }
  if (!fs.existsSync(resolved)) throw new Error(`REFERRAL_ENCRYPTION_KEY_FILE names ${resolved}, which does not exist.`);
  return decodeKey(fs.readFileSync(resolved, 'utf8'), `REFERRAL_ENCRYPTION_KEY_FILE (${resolved})`);
}

export function resolveEncryptionKey(e: KeyEnv, cwd = process.cwd()): { key: Buffer; source: 'env' | 'secret-file' | 'file' } {
  const dir = dataDirFor(e, cwd);
  const embedded = isEmbeddedDatabase(e.DATABASE_URL, dir);
  if (e.REFERRAL_ENCRYPTION_KEY && e.REFERRAL_ENCRYPTION_KEY_FILE) throw new Error('Set REFERRAL_ENCRYPTION_KEY or REFERRAL_ENCRYPTION_KEY_FILE, not both.');
  if (e.REFERRAL_ENCRYPTION_KEY) return { key: decodeKey(e.REFERRAL_ENCRYPTION_KEY, 'REFERRAL_ENCRYPTION_KEY'), source: 'env' };
  if (e.REFERRAL_ENCRYPTION_KEY_FILE) return { key: readSecretFile(path.resolve(cwd, e.REFERRAL_ENCRYPTION_KEY_FILE), dir, e.NODE_ENV === 'production' && !embedded), source: 'secret-file' };
  if (e.NODE_ENV === 'production' && !embedded) throw new MissingKeyError();
  return { key: loadOrCreateKeyFile(path.join(dir, KEY_FILE_NAME)), source: 'file' };
}

/** The current key and the previous ones, which only open old values. */
export function resolveKeyRing(e: KeyEnv, cwd = process.cwd()): KeyRing & { source: 'env' | 'secret-file' | 'file' } {
  const { key, source } = resolveEncryptionKey(e, cwd);
  const previous = (e.REFERRAL_ENCRYPTION_PREVIOUS_KEYS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s, i) => decodeKey(s, `REFERRAL_ENCRYPTION_PREVIOUS_KEYS (key ${i + 1})`));
  return { ...keyRing(key, previous), source };
}
