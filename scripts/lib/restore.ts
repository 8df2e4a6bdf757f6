// Restore a backup (lib/backup/format.ts) into an empty database: check the
// whole file first (frame, row counts, checksum, a schema this code knows),
// build the schema the backup was made with by applying the migrations up
// to the one it records, load every table with COPY in one transaction,
// then apply the migrations that came after. docs/operations.md, "Restoring".
import fs from 'node:fs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readBackup, type Manifest } from '../../lib/backup/format.ts';
import { listTables, NOT_BACKED_UP, quoteIdent } from '../../lib/backup/dump.ts';
import { installJobSchema } from '../../lib/jobs/install.ts';
import { applyMigrations, readMigrationsList } from './schema-engine.ts';
import { grantAppRole, type AppRole } from './app-role.ts';

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

const fileChunks = (file: string) => fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;

/** Reads the whole file and checks it; nothing is touched. */
export async function verifyBackupFile(file: string): Promise<Manifest> {
  if (!fs.existsSync(file)) throw new RestoreRefused(`There is no file ${file}.`);
  return readBackup(fileChunks(file));
}

/** Where the backup's schema sits among this code's migrations; refuses one it does not know. */
export function placeInHistory(manifest: Manifest): { upTo: number; later: string[] } {
  const names = readMigrationsList().migrationDirectories.map((d) => d.path);
  const at = names.indexOf(manifest.migration);
  if (at < 0) {
    const newer = names.length === 0 || manifest.migration > names[names.length - 1]!;
    throw new RestoreRefused(
      newer
        ? `The backup was made by a newer version of the directory (app ${manifest.appVersion}, schema ${manifest.migration}); this code knows schemas up to ${names[names.length - 1]}. Install that version or a later one, then restore. Nothing was changed.`
        : `The backup's schema ${manifest.migration} (app ${manifest.appVersion}) is not in this code's migration history. Restore it with the version of the directory that made it. Nothing was changed.`,
    );
  }
  return { upTo: at + 1, later: names.slice(at + 1) };
}

/** One connection for the length of `fn`, always closed. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Rows in the database's own tables (0 for a database without any). */
export async function countRows(url: string): Promise<number> {
  return withClient(url, async (c) => {
    let total = 0;
    for (const t of await listTables(c)) {
      const { rows } = await c.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(t.name)}`);
      total += Number(rows[0]!.n);
    }
    return total;
  });
}

/** Sessions of the running app on this database (its connections name themselves). */
export async function appConnections(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'selfhelp-directory'`);
    return rows[0]!.n;
  });
}

/** Empties a database completely (the caller has made a fresh backup of it first). */
export async function wipeDatabase(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query('BEGIN');
    await c.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await c.query('DROP SCHEMA public CASCADE');
    await c.query('CREATE SCHEMA public');
    await c.query('COMMIT');
  });
}

/** The database has no rows in any table and no schema later than the backup's. */
async function assertEmptyTarget(url: string, upTo: number): Promise<void> {
  const rows = await countRows(url);
  if (rows > 0) {
    throw new RestoreRefused(
      `The target database already holds ${rows} rows. Restore into a new data folder (--data-dir) or an empty database; to replace this one, stop the app and add --replace (a backup of it is made first). Nothing was changed.`,
    );
  }
  const applied = await withClient(url, async (c) => {
    const { rows: t } = await c.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'`);
    if (!t.length) return 0;
    const { rows: n } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    return n[0]!.n;
  });
  if (applied > upTo) throw new RestoreRefused('The target database has a newer schema than the backup, though no rows. Restore into a new, empty database. Nothing was changed.');
}

export type RestoreReport = { manifest: Manifest; rows: Record<string, number>; appliedLater: string[]; ms: number };

type Options = { appRole?: AppRole; log?: (s: string) => void; /** The manifest of a check just made, to skip reading the file a second time before loading it. */ verified?: Manifest };

/**
 * Restores `file` into the empty database at `ownerUrl` (the migration
 * owner). Refuses, changing nothing, a damaged file, a schema newer than the
 * code's, or a database that is not empty.
 */
export async function restoreBackup(file: string, ownerUrl: string, opts: Options = {}): Promise<RestoreReport> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const manifest = opts.verified ?? (await verifyBackupFile(file));
  const { upTo, later } = placeInHistory(manifest);
  await assertEmptyTarget(ownerUrl, upTo);
  log(`Backup checked: ${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(manifest.tables).length} tables, made ${manifest.createdAt} by app ${manifest.appVersion} (schema ${manifest.migration}, PostgreSQL ${manifest.postgresVersion}).`);
  await applyMigrations(ownerUrl, { upTo });
  const rows = await withClient(ownerUrl, (c) => loadTables(c, file, manifest));
  const appliedLater = later.length ? await applyMigrations(ownerUrl) : [];
  if (appliedLater.length) log(`Brought the schema up to date: ${appliedLater.join(', ')}`);
  await installJobSchema(ownerUrl);
  if (opts.appRole) await grantAppRole(ownerUrl, opts.appRole);
  return { manifest, rows, appliedLater, ms: Date.now() - started };
}

async function loadTables(c: pg.Client, file: string, manifest: Manifest): Promise<Record<string, number>> {
  const target = new Map((await listTables(c)).map((t) => [t.name, t.columns]));
  for (const name of Object.keys(manifest.tables)) {
    if (!target.has(name)) throw new RestoreRefused(`The backup holds a table ${name} that its schema (${manifest.migration}) does not have: the file does not match its manifest.`);
  }
  await c.query('BEGIN');
  try {
    await c.query('SET LOCAL statement_timeout = 0');
    // The rows are restored as they were: triggers that derive columns
    // (search vectors, facets) or guard the audit log stay off while loading.
    // Foreign keys stay on: the backup lists parents before children.
    for (const name of target.keys()) await c.query(`ALTER TABLE ${quoteIdent(name)} DISABLE TRIGGER USER`);
    let copy: ReturnType<typeof copyFrom> | null = null;
    let failure: Error | null = null;
    await readBackup(fileChunks(file), {
      onTable: (t) => {
        const have = new Set(target.get(t.name) ?? []);
        const missing = t.columns.filter((col) => !have.has(col));
        if (missing.length) throw new RestoreRefused(`The backup's table ${t.name} has columns ${missing.join(', ')} that schema ${manifest.migration} does not.`);
        copy = c.query(copyFrom(`COPY ${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
        copy.on('error', (err: Error) => (failure ??= err));
      },
      onData: async (chunk) => {
        if (failure) throw failure;
        if (!copy!.write(chunk)) await new Promise<void>((resolve) => copy!.once('drain', () => resolve()));
      },
      onEnd: async () => {
        const stream = copy!;
        await new Promise<void>((resolve, reject) => {
          if (failure) return reject(failure);
          stream.once('finish', () => resolve());
          stream.once('error', reject);
          stream.end();
        });
        copy = null;
      },
    });
    for (const name of target.keys()) await c.query(`ALTER TABLE ${quoteIdent(name)} ENABLE TRIGGER USER`);
    // Sequences (if a table has one) continue after the restored rows.
    const { rows: seqs } = await c.query<{ tbl: string; col: string; seq: string }>(
      `SELECT format('%I', t.relname) AS tbl, format('%I', a.attname) AS col, s.oid::regclass::text AS seq
         FROM pg_class s
         JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
         JOIN pg_class t ON t.oid = d.refobjid
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE s.relkind = 'S' AND n.nspname = 'public'`,
    );
    for (const q of seqs) await c.query(`SELECT setval($1::regclass, COALESCE(max(${q.col}), 1), max(${q.col}) IS NOT NULL) FROM ${q.tbl}`, [q.seq]);
    const restored: Record<string, number> = {};
    for (const name of Object.keys(manifest.tables)) {
      const { rows } = await c.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(name)}`);
      restored[name] = Number(rows[0]!.n);
      if (restored[name] !== manifest.tables[name]) throw new Error(`Restored ${restored[name]} rows of ${name}, the backup holds ${manifest.tables[name]}.`);
    }
    await c.query('COMMIT');
    return restored;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

export { NOT_BACKED_UP };
