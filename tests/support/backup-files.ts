// Helpers for backup tests: a per-table fingerprint (rows and a hash of
// their content), empty databases on the test server, and a way to rewrite
// a backup's manifest (to make a tampered or "newer" file).
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { inject } from 'vitest';
import { listTables, quoteIdent } from '../../lib/backup/dump.ts';
import { withClient as withPg } from '../../scripts/lib/restore.ts';

// The restore's own connection helper, under the name the backup tests use.
export { withPg };

/** Rows and an MD5 of every row's text, per table: equal fingerprints mean equal contents. */
export async function fingerprint(url: string): Promise<Record<string, { rows: number; hash: string }>> {
  return withPg(url, async (c) => {
    const out: Record<string, { rows: number; hash: string }> = {};
    for (const t of await listTables(c)) {
      const { rows } = await c.query<{ n: number; h: string }>(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM ${quoteIdent(t.name)} t`);
      out[t.name] = { rows: rows[0]!.n, hash: rows[0]!.h };
    }
    return out;
  });
}

/** A new, empty database on the test server (its owner's URL); dropped by the returned function. */
export async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('dbAdminUrl');
  const name = `selfhelp_r_${crypto.randomBytes(5).toString('hex')}`;
  await withPg(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withPg(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}) };
}

/** Public tables in a database (to show a refused restore created nothing). */
export async function tableCount(url: string): Promise<number> {
  return withPg(url, async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0]!.n);
}

/** Writes a copy of a backup whose manifest has been changed by `edit` (the data untouched). */
export function withEditedManifest(file: string, out: string, edit: (m: Record<string, unknown>) => void): void {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  const at = raw.lastIndexOf(Buffer.from('\nmanifest ')) + 1;
  const nl = raw.indexOf(10, at);
  const manifest = JSON.parse(raw.subarray(nl + 1).toString('utf8').trim()) as Record<string, unknown>;
  edit(manifest);
  const json = Buffer.from(JSON.stringify(manifest));
  fs.writeFileSync(out, zlib.gzipSync(Buffer.concat([raw.subarray(0, at), Buffer.from(`manifest ${json.length}\n`), json, Buffer.from('\n')])));
}
