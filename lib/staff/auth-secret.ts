// The secret that signs staff sessions and sealed values. It never comes
// from the source: `npm start` passes a random one kept in the data folder
// (embedded database) or requires the operator's own (DATABASE_URL), see
// scripts/lib/secrets.ts. Tests get a random one per process. No database
// and no 'server-only' here: proxy.ts uses it too.
import crypto from 'node:crypto';
import { env, type Env } from '@/lib/env';

let forTests: string | undefined;

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      'AUTH_SECRET is not set. `npm start` and `npm run dev` keep a random one in the data folder (.data/auth.secret); ' +
        'a server started another way must set AUTH_SECRET to 32 or more random characters (openssl rand -base64 33).',
    );
    this.name = 'MissingAuthSecretError';
  }
}

export function authSecret(e: Pick<Env, 'AUTH_SECRET' | 'NODE_ENV'> = env()): string {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NODE_ENV === 'test') return (forTests ??= crypto.randomBytes(33).toString('base64'));
  throw new MissingAuthSecretError();
}
