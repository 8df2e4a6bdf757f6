// A logical backup over the driver: every table copied out with COPY inside
// one REPEATABLE READ, READ ONLY transaction, so all tables come from the
// same instant while the app keeps writing. No pg_dump is needed (the
// embedded package ships none, and Debian's is older than the server):
// docs/decisions/037-backups-restore-upgrades.md.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupWriter, type Manifest } from './format.ts';
import { makeBackupFolder } from './folder.ts';

/**
 * Tables a backup leaves out: the migration history (the restore rebuilds it
 * by applying the recorded migrations) and the log of backups itself (a
 * machine's history, not the directory's; a restored RUNNING row would lie).
 */
export const NOT_BACKED_UP = ['_prisma_migrations', 'BackupRun'] as const;

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type TableColumns = { name: string; columns: string[] };

/**
 * Ordinary tables of `public` with their stored (not generated) columns,
 * parents before the tables that refer to them, so a restore can load them
 * in file order with every foreign key checked.
 */
export async function listTables(client: pg.ClientBase): Promise<TableColumns[]> {
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT ch.relname::text AS child, pa.relname::text AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND ch.oid <> pa.oid`,
  );
  const { rows } = await client.query<TableColumns>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($1::text[]))
      GROUP BY c.relname ORDER BY c.relname`,
    [NOT_BACKED_UP],
  );
  return parentsFirst(rows, edges);
}

function parentsFirst(tables: TableColumns[], edges: { child: string; parent: string }[]): TableColumns[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: TableColumns[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === 'done' || !byName.has(name)) return;
    if (state.get(name) === 'visiting') throw new Error(`Tables refer to each other in a circle (${[...trail, name].join(' → ')}); a backup cannot order them.`);
    state.set(name, 'visiting');
    for (const e of edges) if (e.child === name) visit(e.parent, [...trail, name]);
    state.set(name, 'done');
    out.push(byName.get(name)!);
  };
  for (const t of tables) visit(t.name, []);
  return out;
}

/** The last migration applied, i.e. the schema the data has. */
export async function currentMigration(client: pg.ClientBase): Promise<string> {
  const { rows: table } = await client.query(`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS ok`);
  if (!table[0]?.ok) throw new Error('The database holds no directory yet (it was never migrated): there is nothing to back up.');
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error('The database has no applied migrations: there is nothing to back up.');
  return rows[0].migration_name;
}

const CHUNK = 1 << 20;

export type DumpMeta = { appVersion: string; keyIds: string[] };

/** Streams every table into `writer` from one snapshot; returns the manifest written. */
export async function dumpDatabase(client: pg.ClientBase, writer: BackupWriter, meta: DumpMeta): Promise<Manifest> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    // A big table may take longer than the app's usual per-statement limit.
    await client.query('SET LOCAL statement_timeout = 0');
    const migration = await currentMigration(client);
    const { rows: info } = await client.query<{ version: string; bytes: string }>(`SELECT current_setting('server_version') AS version, pg_database_size(current_database())::text AS bytes`);
    const tables: Record<string, number> = {};
    for (const t of await listTables(client)) {
      await writer.beginTable(t.name, t.columns);
      const stream = client.query(copyTo(`COPY ${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')}) TO STDOUT`));
      let rows = 0;
      let pending: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows++;
        pending.push(chunk);
        size += chunk.length;
        if (size >= CHUNK) {
          await writer.data(Buffer.concat(pending));
          pending = [];
          size = 0;
        }
      }
      await writer.data(Buffer.concat(pending));
      await writer.endTable(rows);
      tables[t.name] = rows;
    }
    await client.query('COMMIT');
    return writer.finish({
      format: 1,
      createdAt: new Date().toISOString(),
      appVersion: meta.appVersion,
      migration,
      postgresVersion: info[0]!.version,
      tables,
      keyIds: meta.keyIds,
      databaseBytes: Number(info[0]!.bytes),
    });
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    writer.gzip.destroy();
    throw err;
  }
}

export type WrittenBackup = { file: string; bytes: number; manifest: Manifest; ms: number };

/**
 * Writes a backup to `file` through a temporary name, so a half-written
 * backup is never mistaken for a whole one; the file is readable by its owner only.
 */
export async function writeBackupFile(client: pg.ClientBase, file: string, meta: DumpMeta): Promise<WrittenBackup> {
  const started = Date.now();
  makeBackupFolder(path.dirname(file));
  const tmp = `${file}.${crypto.randomBytes(4).toString('hex')}.partial`;
  const writer = new BackupWriter();
  const out = fs.createWriteStream(tmp, { mode: 0o600 });
  const written = pipeline(writer.gzip, out);
  try {
    const manifest = await dumpDatabase(client, writer, meta);
    await written;
    const fd = fs.openSync(tmp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
    return { file, bytes: fs.statSync(file).size, manifest, ms: Date.now() - started };
  } catch (err) {
    await written.catch(() => {});
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** `selfhelp-2026-12-06T031500Z.selfhelp-backup`: sorts by time, safe on every file system. */
export function backupFileName(at: Date): string {
  return `selfhelp-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')}.selfhelp-backup`;
}
