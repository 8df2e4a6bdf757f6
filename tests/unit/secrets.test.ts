// The secrets `npm start` settles before the app runs, tried as a first-time
// user with nothing configured and as an operator pointing the app at a
// database of their own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretsError, settleSecrets } from '../../scripts/lib/secrets.ts';
import { authSecret, MissingAuthSecretError } from '../../lib/staff/auth-secret.ts';
import { parseEnv } from '../../lib/env.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-secrets-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const strong = 'Zq8v1Lr0pX3mB7nC2kD9fG4hJ6sT5wYe';
const key32 = Buffer.alloc(32, 7).toString('base64');

describe('secrets with nothing configured (the embedded database)', () => {
  it('are made at random on first start, kept readable only by the owner, and the same on the next start', () => {
    const dir = tempDir();
    const first = settleSecrets({ embedded: true, dataDir: dir, env: {} });
    expect(first.AUTH_SECRET).not.toBe(first.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
    expect(Buffer.from(first.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'auth.secret')).mode & 0o777).toBe(0o600);
    expect(settleSecrets({ embedded: true, dataDir: dir, env: {} })).toEqual(first);
    // Another installation gets its own.
    expect(settleSecrets({ embedded: true, dataDir: tempDir(), env: {} }).AUTH_SECRET).not.toBe(first.AUTH_SECRET);
  });

  it('are never a value written in the source', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../lib/env.ts'), 'utf8');
    const { AUTH_SECRET } = settleSecrets({ embedded: true, dataDir: tempDir(), env: {} });
    expect(source).not.toContain(AUTH_SECRET);
    expect(parseEnv({ DATABASE_URL: 'postgresql://u:p@localhost/db' }).AUTH_SECRET).toBeUndefined();
  });
});

describe('secrets with DATABASE_URL (a real deployment, whatever the URL)', () => {
  it('refuse to start without them, naming each one', () => {
    const settle = () => settleSecrets({ embedded: false, dataDir: tempDir(), env: {} });
    expect(settle).toThrowError(SecretsError);
    expect(settle).toThrowError(/AUTH_SECRET is not set[\s\S]*NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set[\s\S]*REFERRAL_ENCRYPTION_KEY is not set/);
  });

  it('refuse weak ones, including the development value older versions used', () => {
    for (const weak of ['development-only-secret-do-not-use-in-production', 'a'.repeat(40), 'short']) {
      expect(() => settleSecrets({ embedded: false, dataDir: tempDir(), env: { AUTH_SECRET: weak, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key32, REFERRAL_ENCRYPTION_KEY: key32 } })).toThrowError(
        /AUTH_SECRET is too weak/,
      );
      expect(() => parseEnv({ DATABASE_URL: 'postgresql://u:p@localhost/db', AUTH_SECRET: weak })).toThrowError(/AUTH_SECRET/);
    }
  });

  it('take strong ones as given, and never write a file', () => {
    const dir = tempDir();
    const env = { AUTH_SECRET: strong, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key32, REFERRAL_ENCRYPTION_KEY: key32 };
    expect(settleSecrets({ embedded: false, dataDir: dir, env })).toEqual({ AUTH_SECRET: strong, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key32 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('the app itself', () => {
  it('refuses to sign anything when no secret was given, instead of falling back to one of its own', () => {
    expect(() => authSecret({ AUTH_SECRET: undefined, NODE_ENV: 'production' })).toThrowError(MissingAuthSecretError);
    expect(() => authSecret({ AUTH_SECRET: undefined, NODE_ENV: 'development' })).toThrowError(/npm start/);
    expect(authSecret({ AUTH_SECRET: strong, NODE_ENV: 'production' })).toBe(strong);
  });
});
