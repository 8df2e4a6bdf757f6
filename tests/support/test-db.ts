// Per test file: a fresh database cloned from the migrated template, set as
// DATABASE_URL (as the app's own role, as `npm start` runs the app) before any
// app module opens a connection; MIGRATION_DATABASE_URL is the same database
// as the owner, for a test that must change a table.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

const adminUrl = inject('dbAdminUrl');
const template = inject('dbTemplate');
const appRole = inject('dbAppRole');
const name = `selfhelp_t_${crypto.randomBytes(5).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.MIGRATION_DATABASE_URL = url.toString();
url.username = encodeURIComponent(appRole.name);
url.password = encodeURIComponent(appRole.password);
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const holder = globalThis as unknown as { __selfhelpDb?: { client?: { prisma: { $disconnect(): Promise<void> }; pool: pg.Pool } } };
  const c = holder.__selfhelpDb?.client;
  if (c) {
    await c.prisma.$disconnect();
    await c.pool.end().catch(() => {});
    holder.__selfhelpDb = {};
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
