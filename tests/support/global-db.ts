// Once per integration run: a real PostgreSQL (embedded and throwaway, or the
// server in TEST_DATABASE_URL) with a template database migrated once. Each
// test file clones the template (tests/support/test-db.ts).
import crypto from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDb, tempDataDir } from '../../scripts/lib/embedded-db.ts';
import { applyMigrations } from '../../scripts/lib/schema-engine.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    dbTemplate: string;
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
  project.provide('dbAdminUrl', server.adminUrl);
  project.provide('dbTemplate', template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => {});
    await admin.end();
    await server.stop();
  };
}
