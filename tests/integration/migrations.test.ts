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
const older = `${name}_older`;
const olderUrl = Object.assign(new URL(adminUrl), { pathname: `/${older}` }).toString();

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.query(`CREATE DATABASE "${older}"`);
});
afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS "${older}" WITH (FORCE)`);
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

  it('upgrade a database an earlier version left, keeping its rows', async () => {
    // The first release's schema with a topic and a group in it, as a .data/
    // folder from then would hold them.
    const all = readMigrationsList().migrationDirectories.map((d) => d.path);
    expect(await applyMigrations(olderUrl, { upTo: 1 })).toEqual(all.slice(0, 1));
    const c = new pg.Client({ connectionString: olderUrl });
    await c.connect();
    try {
      await c.query(`INSERT INTO "Topic" (id, slug, name, description, keywords, "updatedAt") VALUES ('t1', 'bereavement', 'Bereavement', 'After a death.', '{grief}', now())`);
      await c.query(`INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt") VALUES ('g1', 'kept-circle', 'Kept Grief Circle', 'Kept.', 'Still here after the upgrade.', 'PUBLISHED', now())`);
      await c.query(`INSERT INTO "GroupTopic" ("groupId", "topicId") VALUES ('g1', 't1')`);

      expect(await applyMigrations(olderUrl)).toEqual(all.slice(1));
      const { rows } = await c.query<{ name: string; topic: string }>(
        `SELECT g.name, t.slug AS topic FROM "Group" g JOIN "GroupTopic" gt ON gt."groupId" = g.id JOIN "Topic" t ON t.id = gt."topicId"`,
      );
      expect(rows).toEqual([{ name: 'Kept Grief Circle', topic: 'bereavement' }]);
    } finally {
      await c.end();
    }
    expect(await diffDatabaseToSchema(olderUrl)).toBe('');
  });
});
