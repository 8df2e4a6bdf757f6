// The one database client of the app. Server-only: importing it from a
// client component fails the build.
import 'server-only';
import { createPrismaClient } from './db-client.ts';
import { env } from './env.ts';

type Holder = { client?: ReturnType<typeof createPrismaClient> };
// Survives hot reloads in `next dev`, so reloads do not leak pools.
const holder = globalThis as unknown as { __selfhelpDb?: Holder };
const box: Holder = (holder.__selfhelpDb ??= {});

function client() {
  if (!box.client) {
    const e = env();
    box.client = createPrismaClient(e.DATABASE_URL, {
      max: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      idleTimeoutMs: e.DB_IDLE_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    });
  }
  return box.client;
}

/** Created on first use, so `next build` never needs a database. */
export const db = new Proxy({} as ReturnType<typeof createPrismaClient>['prisma'], {
  get(_target, prop) {
    const prisma = client().prisma;
    const value = Reflect.get(prisma, prop, prisma);
    return typeof value === 'function' ? value.bind(prisma) : value;
  },
});

export type { Db } from './db-client.ts';
