// The running app's own database role: it may read and write the app's rows,
// pg-boss's jobs and the rate-limit counts, and nothing more (no table
// changes, no superuser). Migrations and the seed keep the owner role.
// - Embedded default: the migration step creates the login role
//   `selfhelp_app` with a generated password kept in .data/pg-app.password
//   and hands the app its URL.
// - Your own server: DATABASE_URL is the app's role (created by you),
//   MIGRATION_DATABASE_URL the owner; the migration step (or
//   `npm run db:grant`, `-- --print` for the SQL) grants what the app needs.
// See docs/decisions/026-keys-and-database-roles.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const EMBEDDED_APP_ROLE = 'selfhelp_app';
export const APP_PASSWORD_FILE = 'pg-app.password';

/** The role to grant to; with a password the role is also created (or its password reset). */
export type AppRole = { name: string; password?: string };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every grant, in order; safe to run again after each migration. */
export function grantStatements(role: string): string[] {
  const r = ident(role);
  return [
    // PostgreSQL 15+ already withholds this from PUBLIC; older clusters did not.
    'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // The migration history is the owner's to change; the app reads which
    // schema it runs on (backup manifests, the staff system page: decision 037).
    `REVOKE ALL ON TABLE public."_prisma_migrations" FROM ${r}`,
    `GRANT SELECT ON TABLE public."_prisma_migrations" TO ${r}`,
    // pg-boss (lib/jobs): its tables, sequences and functions, not its DDL.
    `GRANT USAGE ON SCHEMA pgboss TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${r}`,
  ];
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the login role when it is missing, always as an ordinary role, and sets its password. */
async function ensureLoginRole(client: pg.Client, role: string, password: string) {
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT';
  const { rows } = await client.query<{ exists: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists', [role]);
  const verb = rows[0]?.exists ? 'ALTER' : 'CREATE';
  const { rows: sql } = await client.query<{ q: string }>(`SELECT format('${verb} ROLE %I ${attributes} PASSWORD %L', $1::text, $2::text) AS q`, [role, password]);
  await client.query(sql[0]?.q as string);
}

/**
 * Through the owner's URL: the role (when it has a password here) and its
 * grants, under a lock so two starts at once do not trip over each other.
 */
export async function grantAppRole(ownerUrl: string, role: AppRole): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('selfhelp-app-role'))`);
      if (role.password) await ensureLoginRole(client, role.name, role.password);
      else {
        const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
        if (!rowCount) throw new Error(`The role "${role.name}" in DATABASE_URL does not exist: create it first (CREATE ROLE ${ident(role.name)} LOGIN PASSWORD '…'), then start again.`);
      }
      const { rows } = await client.query<{ super: boolean }>('SELECT rolsuper AS super FROM pg_roles WHERE rolname = $1', [role.name]);
      if (rows[0]?.super) throw new Error(`The app's role "${role.name}" is a superuser: give the app an ordinary role (see docs/decisions/026).`);
      for (const statement of grantStatements(role.name)) await client.query(statement);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  });
}

/** The embedded app role's password, made once (mode 0600) beside pg.password. */
export function embeddedAppPassword(dataDir: string): string {
  const file = path.join(dataDir, APP_PASSWORD_FILE);
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(18).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

/** `url` with another user and password. */
export function urlAs(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export const userOf = (url: string) => decodeURIComponent(new URL(url).username);
