// The secrets the app signs and encrypts with, settled before it starts.
// With the embedded database (nothing configured) each is made at random on
// first start and kept in the data folder, readable only by its owner, as
// the referral encryption key is: `npm install && npm start` just works and
// nothing is ever signed with a value from the source. With DATABASE_URL the
// app is a real deployment, whatever the URL says: every secret must be set
// explicitly and be strong, or it does not start (decision 023).
import path from 'node:path';
import { loadOrCreateKeyFile } from '../../lib/crypto/key.ts';
import { isStrongSecret } from '../../lib/env.ts';

export type Secrets = { AUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string };

const is32BytesBase64 = (s: string) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length === 32;

export class SecretsError extends Error {
  constructor(problems: string[]) {
    super(`With DATABASE_URL set, the app needs secrets of your own:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SecretsError';
  }
}

/** The values to give the app's processes, or a SecretsError naming every missing or weak one. */
export function settleSecrets(opts: { embedded: boolean; dataDir: string; env: Partial<Record<string, string>> }): Secrets {
  const { env } = opts;
  if (opts.embedded) {
    const kept = (file: string) => loadOrCreateKeyFile(path.join(opts.dataDir, file)).toString('base64');
    return {
      AUTH_SECRET: env.AUTH_SECRET?.trim() || kept('auth.secret'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim() || kept('server-actions.key'),
    };
  }
  const problems: string[] = [];
  const auth = env.AUTH_SECRET?.trim() ?? '';
  if (!auth) problems.push('AUTH_SECRET is not set: 32 or more random characters (openssl rand -base64 33).');
  else if (!isStrongSecret(auth)) problems.push('AUTH_SECRET is too weak: use 32 or more random characters (openssl rand -base64 33).');
  const actions = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim() ?? '';
  if (!actions) problems.push('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: 32 random bytes in base64 (openssl rand -base64 32), the same on every instance.');
  else if (!is32BytesBase64(actions)) problems.push('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 32 random bytes in base64 (openssl rand -base64 32).');
  if (!env.REFERRAL_ENCRYPTION_KEY?.trim() && !env.REFERRAL_ENCRYPTION_KEY_FILE?.trim()) {
    problems.push('REFERRAL_ENCRYPTION_KEY is not set: 32 random bytes in base64 (openssl rand -base64 32); keep a copy, without it referral details cannot be read.');
  }
  if (problems.length) throw new SecretsError(problems);
  return { AUTH_SECRET: auth, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actions };
}
