// npm run eval:search [-- --database-url URL]
// How well search understands people: runs the query table
// (tests/search-quality/queries.ts) as the results page does against the
// seeded directory, and prints recall@5 and mean reciprocal rank per
// category and overall, then every miss with the five groups shown instead.
// Without --database-url it seeds a throwaway embedded PostgreSQL; with it,
// it only reads the given database, which must already be seeded.
import { startEmbeddedDb, tempDataDir, freePort } from './lib/embedded-db.ts';
import { prepareDatabase } from './lib/prepare-db.ts';

const log = (s: string) => console.log(s);
const urlArg = process.argv.indexOf('--database-url');
const given = urlArg > 0 ? process.argv[urlArg + 1] : null;
if (urlArg > 0 && !given) {
  console.error('--database-url needs a postgresql:// URL after it.');
  process.exit(2);
}

/** The app's one pool (lib/db.ts), closed before the server stops, so it reports no lost connections. */
async function closeAppPool() {
  const holder = globalThis as unknown as { __selfhelpDb?: { client?: { pool: { end(): Promise<void> } } } };
  await holder.__selfhelpDb?.client?.pool.end().catch(() => {});
}

const server = given
  ? { url: given, stop: async () => {} }
  : await startEmbeddedDb({ dataDir: tempDataDir('selfhelp-eval'), database: 'evaluate', persistent: false, port: await freePort() });
try {
  if (!given) {
    log('Seeding a throwaway database…');
    await prepareDatabase(server.url, { seed: true, log });
  }
  // App modules read DATABASE_URL when they first connect, so they load after it is set.
  process.env.DATABASE_URL = server.url;
  const { evaluateSearch, describeQuery, describeResult, percent, unanswerable, TOP } = await import('../tests/search-quality/evaluate.ts');
  const { QUERIES, CATEGORIES } = await import('../tests/search-quality/queries.ts');
  if (!given) {
    const { refreshNextMeetings } = await import('../lib/listings/next-meetings.ts');
    await refreshNextMeetings();
  }

  const t0 = Date.now();
  const { results, categories, overall } = await evaluateSearch(QUERIES);
  log(`\n${QUERIES.length} searches in ${((Date.now() - t0) / 1000).toFixed(1)} s; a hit is a good group in the first ${TOP}.\n`);
  const row = (name: string, s: { queries: number; recall: number; mrr: number; empty: number }) =>
    log(`${name.padEnd(16)} ${String(s.queries).padStart(7)} ${percent(s.recall).padStart(9)} ${s.mrr.toFixed(3).padStart(7)} ${String(s.empty).padStart(6)}`);
  log(`${'category'.padEnd(16)} ${'queries'.padStart(7)} ${'recall@5'.padStart(9)} ${'MRR'.padStart(7)} ${'empty'.padStart(6)}`);
  for (const c of CATEGORIES) row(c, categories[c]);
  row('overall', overall);

  // A row no group can satisfy is the table's mistake (or not the seeded directory).
  const impossible = await unanswerable(QUERIES);
  if (impossible.length) log(`\nNo published group answers ${impossible.length} rows of the table:\n${impossible.map(describeQuery).join('\n')}`);

  const misses = results.filter((r) => r.rank === null);
  log(`\nMisses (${misses.length}): query → the first ${TOP} groups shown\n`);
  for (const c of CATEGORIES) for (const r of misses.filter((m) => m.category === c)) log(describeResult(r));
} finally {
  await closeAppPool();
  await server.stop();
}
// The database pool would keep the process alive. Output to a pipe is
// written asynchronously, so exit only once the last line is out.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(0);
