import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyId } from './aes.ts';
import { isEmbeddedDatabase, MissingKeyError, resolveEncryptionKey, resolveKeyRing } from './key.ts';

const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-key-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const base = { REFERRAL_ENCRYPTION_KEY: undefined, SELFHELP_DATA_DIR: undefined } as const;

describe('where the encryption key comes from', () => {
  it('uses REFERRAL_ENCRYPTION_KEY when it is set', () => {
    const key = crypto.randomBytes(32);
    const r = resolveEncryptionKey({ ...base, NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@db.example.org/x', REFERRAL_ENCRYPTION_KEY: key.toString('base64') });
    expect(r.source).toBe('env');
    expect(r.key.equals(key)).toBe(true);
  });

  it('creates .data/encryption.key (mode 0600) on first use and reads the same key after', () => {
    const cwd = tempDir();
    const e = { ...base, NODE_ENV: 'development' as const, DATABASE_URL: 'postgresql://u:p@localhost/x' };
    const first = resolveEncryptionKey(e, cwd);
    const file = path.join(cwd, '.data', 'encryption.key');
    expect(first.source).toBe('file');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveEncryptionKey(e, cwd).key.equals(first.key)).toBe(true);
    expect(fs.readdirSync(path.join(cwd, '.data'))).toEqual(['encryption.key']);
  });

  it('in production, accepts the embedded database of SELFHELP_DATA_DIR and refuses any other without a key', () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'data'));
    fs.writeFileSync(path.join(cwd, 'data', 'pg.password'), 's3cret+/=\n');
    const embedded = 'postgresql://postgres:s3cret%2B%2F%3D@127.0.0.1:54321/selfhelp';
    expect(isEmbeddedDatabase(embedded, path.join(cwd, 'data'))).toBe(true);
    // The app's own role on the same server (scripts/lib/app-role.ts) counts too.
    fs.writeFileSync(path.join(cwd, 'data', 'pg-app.password'), 'app-only\n');
    expect(isEmbeddedDatabase('postgresql://selfhelp_app:app-only@127.0.0.1:54321/selfhelp', path.join(cwd, 'data'))).toBe(true);
    const e = { ...base, NODE_ENV: 'production' as const, SELFHELP_DATA_DIR: 'data' };
    expect(resolveEncryptionKey({ ...e, DATABASE_URL: embedded }, cwd).source).toBe('file');
    expect(fs.existsSync(path.join(cwd, 'data', 'encryption.key'))).toBe(true);
    expect(() => resolveEncryptionKey({ ...e, DATABASE_URL: 'postgresql://postgres:other@127.0.0.1:54321/selfhelp' }, cwd)).toThrow(MissingKeyError);
    expect(() => resolveEncryptionKey({ ...e, DATABASE_URL: 'postgresql://u:p@db.example.org/selfhelp' }, cwd)).toThrow(/REFERRAL_ENCRYPTION_KEY is not set/);
  });

  it('refuses a damaged key file with a message naming it', () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, '.data'));
    fs.writeFileSync(path.join(cwd, '.data', 'encryption.key'), 'too-short\n');
    expect(() => resolveEncryptionKey({ ...base, NODE_ENV: 'development', DATABASE_URL: 'postgresql://u:p@localhost/x' }, cwd)).toThrow(/encryption\.key must hold 32 bytes/);
  });

  it('reads the key from a mounted secret file, but in production never from inside the data folder', () => {
    const cwd = tempDir();
    const key = crypto.randomBytes(32);
    const secret = path.join(cwd, 'secrets', 'referral-key');
    fs.mkdirSync(path.dirname(secret));
    fs.writeFileSync(secret, `${key.toString('base64')}\n`);
    const prod = { ...base, NODE_ENV: 'production' as const, DATABASE_URL: 'postgresql://u:p@db.example.org/x' };
    const r = resolveEncryptionKey({ ...prod, REFERRAL_ENCRYPTION_KEY_FILE: secret }, cwd);
    expect(r.source).toBe('secret-file');
    expect(r.key.equals(key)).toBe(true);
    fs.mkdirSync(path.join(cwd, '.data'));
    fs.copyFileSync(secret, path.join(cwd, '.data', 'mine.key'));
    expect(() => resolveEncryptionKey({ ...prod, REFERRAL_ENCRYPTION_KEY_FILE: '.data/mine.key' }, cwd)).toThrow(/inside the data folder/);
    expect(() => resolveEncryptionKey({ ...prod, REFERRAL_ENCRYPTION_KEY_FILE: secret, REFERRAL_ENCRYPTION_KEY: key.toString('base64') }, cwd)).toThrow(/not both/);
  });

  it('adds the previous keys to the ring, for reading only', () => {
    const [current, old1, old2] = [crypto.randomBytes(32), crypto.randomBytes(32), crypto.randomBytes(32)];
    const ring = resolveKeyRing({
      ...base,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u:p@db.example.org/x',
      REFERRAL_ENCRYPTION_KEY: current.toString('base64'),
      REFERRAL_ENCRYPTION_PREVIOUS_KEYS: ` ${old1.toString('base64')}, ${old2.toString('base64')} `,
    });
    expect(ring.currentId).toBe(keyId(current));
    expect([...ring.keys.keys()]).toEqual([keyId(current), keyId(old1), keyId(old2)]);
  });
});
