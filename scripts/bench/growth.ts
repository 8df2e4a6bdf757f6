// npm run bench:growth [-- --sizes 1000,10000,100000,1000000 --rounds 40 --fill-only --explain --only NAMES]
// The growth curve: the database part of `bench:search` at each size, one
// after the other, and each search's p95 at the largest size as a multiple
// of its p95 at 10,000 (the issue's target: at most 3×).
// Each size keeps its filled cluster in .data/bench-growth/<size>, so a
// second run (after a new migration, say) measures without filling again:
// migrations are applied to it first. Delete the folder to fill afresh.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { startEmbeddedDb, freePort } from '../lib/embedded-db.ts';
import { applyMigrations, root } from '../lib/schema-engine.ts';
import { fillBenchDatabase } from './fill.ts';
import { ms } from './stats.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '1000,10000,100000,1000000').split(',').map(Number);
const ROUNDS = arg('rounds') ?? '40';
const fillOnly = process.argv.includes('--fill-only');
const explain = process.argv.includes('--explain');
const only = process.argv.indexOf('--only') > 0 ? ['--only', process.argv[process.argv.indexOf('--only') + 1]!] : [];
const folder = path.join(root, '.data/bench-growth');
const log = (s: string) => console.log(s);

type Row = { search: string; db?: { p50: number; p95: number } };
const figures = new Map<number, Row[]>();

for (const size of SIZES) {
  const db = await startEmbeddedDb({ dataDir: path.join(folder, String(size), 'pg'), database: 'bench', persistent: true, port: await freePort() });
  try {
    const applied = await applyMigrations(db.url);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    // A migration that rewrote rows leaves the old versions for autovacuum,
    // which would clean up in the middle of the measurements; the bench
    // measures the directory as it settles, so that happens first.
    if (applied.length) await c.query('VACUUM ANALYZE');
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Group"`);
    await c.end();
    if (rows[0]!.n !== size) {
      if (rows[0]!.n) throw new Error(`${path.join(folder, String(size))} holds ${rows[0]!.n} groups, not ${size}: delete it to fill afresh.`);
      const t = Date.now();
      log(`Filling ${size.toLocaleString()} groups…`);
      await fillBenchDatabase(db.url, size, log);
      log(`  filled in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
    if (fillOnly) continue;
    const out = path.join(folder, `${size}.json`);
    log(`\n${size.toLocaleString()} groups`);
    const run = spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/search.ts', '--skip-http', '--skip-naive', '--rounds', ROUNDS, '--database-url', db.url, '--out', out, ...(explain ? ['--explain'] : []), ...only],
      // Bringing a million meetings' next start up to date takes longer than a page's statement may.
      { cwd: root, stdio: 'inherit', env: { ...process.env, DB_STATEMENT_TIMEOUT_MS: '600000' } },
    );
    if (run.status !== 0) throw new Error(`bench:search at ${size} groups failed`);
    figures.set(size, JSON.parse(fs.readFileSync(out, 'utf8')).results);
  } finally {
    await db.stop();
  }
}

if (!fillOnly) {
  const sizes = [...figures.keys()];
  const base = figures.has(10_000) ? 10_000 : sizes[0]!;
  const top = sizes[sizes.length - 1]!;
  log(`\nDatabase p95 per search (ms), and ${top.toLocaleString()} ÷ ${base.toLocaleString()}`);
  log(`${'search'.padEnd(38)}${sizes.map((s) => s.toLocaleString().padStart(10)).join('')}     ratio`);
  for (const { search } of figures.get(top)!.filter((r) => r.db)) {
    const p95 = (s: number) => figures.get(s)!.find((r) => r.search === search)?.db?.p95 ?? NaN;
    log(`${search.padEnd(38)}${sizes.map((s) => `   ${ms(p95(s))}`).join('')}   ${(p95(top) / p95(base)).toFixed(1).padStart(6)}×`);
  }
}
process.exit(0);
