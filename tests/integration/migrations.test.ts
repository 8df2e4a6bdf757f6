// Migrations applied to an empty database give exactly what schema.prisma
// describes, and applying them again changes nothing.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { applyMigrations, diffDatabaseToSchema, readMigrationsList } from '../../scripts/lib/schema-engine.ts';

const adminUrl = inject('dbAdminUrl');
const name = `selfhelp_m_${crypto.randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const admin = new pg.Client({ connectionString: adminUrl });

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
});
afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe('migrations', () => {
  it('apply every migration to an empty database, then nothing on a second run', async () => {
    const all = readMigrationsList().migrationDirectories.map((d) => d.path);
    expect(all.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual(all);
    expect(await applyMigrations(url)).toEqual([]);
  });

  it('leave no drift between the migrated database and prisma/schema.prisma', async () => {
    expect(await diffDatabaseToSchema(url)).toBe('');
  });

  it('create the extensions search and distance rely on', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ extname: string }>('SELECT extname FROM pg_extension');
    await c.end();
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent', 'citext', 'cube', 'earthdistance']));
  });

  it('record each applied migration in _prisma_migrations as prisma migrate deploy does', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ migration_name: string; finished_at: Date | null }>('SELECT migration_name, finished_at FROM _prisma_migrations');
    await c.end();
    expect(rows.length).toBe(readMigrationsList().migrationDirectories.length);
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });
});
