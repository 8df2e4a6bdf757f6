// Once per integration run: a real PostgreSQL (embedded and throwaway, or the
// server in TEST_DATABASE_URL) with a template database migrated once, with
// pg-boss's tables, and an app role of this run's own with the grants the app
// gets from `npm start` (scripts/lib/app-role.ts). Each test file clones the
// template (tests/support/test-db.ts) and connects as that role.
import crypto from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDb, tempDataDir } from '../../scripts/lib/embedded-db.ts';
import { applyMigrations } from '../../scripts/lib/schema-engine.ts';
import { grantAppRole } from '../../scripts/lib/app-role.ts';
import { installJobSchema } from '../../lib/jobs/install.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    dbTemplate: string;
    dbAppRole: { name: string; password: string };
  }
}

export default async function setup(project: TestProject) {
  const template = `selfhelp_tpl_${crypto.randomBytes(4).toString('hex')}`;
  const external = process.env.TEST_DATABASE_URL;
  const server = external
    ? { adminUrl: external, stop: async () => {} }
    : await startEmbeddedDb({ dataDir: tempDataDir('selfhelp-test'), database: 'postgres', persistent: false });
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const url = new URL(server.adminUrl);
  url.pathname = `/${template}`;
  await applyMigrations(url.toString());
  await installJobSchema(url.toString());
  // Roles belong to the whole server: one per run, so runs sharing a server never meet.
  const appRole = { name: `selfhelp_app_t${crypto.randomBytes(4).toString('hex')}`, password: crypto.randomBytes(18).toString('base64url') };
  await grantAppRole(url.toString(), appRole);
  project.provide('dbAdminUrl', server.adminUrl);
  project.provide('dbTemplate', template);
  project.provide('dbAppRole', appRole);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => {});
    await admin.query(`DROP ROLE IF EXISTS "${appRole.name}"`).catch(() => {});
    await admin.end();
    await server.stop();
  };
}
