// npm run audit:pages [-- --runs N]  (N runs per page, the median kept; default 1)
// Lighthouse (mobile: its default form factor and simulated throttling) on
// the five public pages a visitor meets first, against the production build
// on a throwaway embedded database. Prints the four scores per page, keeps
// the JSON and HTML reports in test-results/lighthouse/, and exits 1 when a
// page misses the launch targets. Works offline: Lighthouse's error
// reporting stays off and Chromium runs without background networking.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, startEmbeddedDb, takeOverStopSignals, tempDataDir } from './lib/embedded-db.ts';
import { ensureBuild, generateClient, serverArgs } from './lib/build.ts';
import { root } from './lib/schema-engine.ts';
import { auditPage, CATEGORIES, launchChromium, TARGETS, type PageScores } from './lib/lighthouse.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const outDir = path.join(root, 'test-results', 'lighthouse');
// Under this benchmark index the browser had well under a core to itself.
const BUSY_BELOW = 1000;
const log = (s: string) => console.log(`[audit] ${s}`);

generateClient();
const { prepareDatabase } = await import('./lib/prepare-db.ts');

const dataDir = tempDataDir('selfhelp-audit');
const db = await startEmbeddedDb({ dataDir, database: 'selfhelp', persistent: false });
let app: ChildProcess | undefined;
let chrome: Awaited<ReturnType<typeof launchChromium>> | undefined;

async function cleanUp() {
  chrome?.kill();
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((r) => app?.once('exit', r));
  }
  await db.stop();
}
takeOverStopSignals();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void cleanUp().then(() => process.exit(130)));

/** The first link on `page` to a page under `prefix` (one path segment, not `except`). */
async function firstLink(base: string, page: string, prefix: string, except: string[] = []): Promise<string> {
  const html = await (await fetch(base + page)).text();
  for (const m of html.matchAll(/href="(\/[^"?#]+)"/g)) {
    const href = m[1]!;
    const rest = href.startsWith(prefix) ? href.slice(prefix.length) : '';
    if (rest && !rest.includes('/') && !except.includes(rest)) return href;
  }
  throw new Error(`No link to ${prefix}… on ${page}`);
}

async function waitForHealth(base: string) {
  for (let i = 0; i < 240; i++) {
    if (app?.exitCode !== null) throw new Error(`The app stopped (exit ${app?.exitCode}).`);
    if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The app did not answer /api/health within 2 minutes.');
}

let failed = false;
try {
  await prepareDatabase(db.url, { seed: true, log });
  ensureBuild({ log });
  const port = await freePort();
  const base = `http://localhost:${port}`;
  app = spawn(process.execPath, serverArgs(port), {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: base,
      // One server process: Lighthouse loads one page at a time.
      WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
      SELFHELP_DATA_DIR: path.dirname(dataDir),
      REFERRAL_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
    },
  });
  await waitForHealth(base);
  log(`Production build on ${base}.`);

  const pages = [
    { name: 'home', path: '/' },
    { name: 'results', path: '/groups?q=grief' },
    { name: 'group', path: await firstLink(base, '/groups?q=grief', '/groups/', ['browse']) },
    { name: 'fact-sheet', path: await firstLink(base, '/fact-sheets', '/fact-sheets/') },
    { name: 'refer', path: '/refer' },
  ];
  // Each page once, unmeasured, so the first audit does not pay for a cold server.
  for (const p of pages) await (await fetch(base + p.path)).text();

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  chrome = await launchChromium();
  const results: (PageScores & { name: string; path: string })[] = [];
  for (const p of pages) {
    log(`Lighthouse: ${p.path}`);
    let scores = await auditPage(chrome.port, base + p.path, RUNS, path.join(outDir, p.name));
    // Simulated throttling still scales with the CPU time the page took here,
    // so a busy machine can cost a few points: a miss is measured again.
    if ((scores.scores.performance ?? 0) < TARGETS.performance && RUNS < 3) {
      log(`  performance ${scores.scores.performance}: taking the median of 3 more runs`);
      scores = await auditPage(chrome.port, base + p.path, 3, path.join(outDir, p.name));
    }
    results.push({ ...p, ...scores });
  }

  const cell = (n: number | null) => (n === null ? '—' : String(n)).padStart(8);
  console.log(`\n${'page'.padEnd(12)} ${'path'.padEnd(40)} ${CATEGORIES.map((c) => c.label.padStart(8)).join(' ')}  machine`);
  for (const r of results) {
    console.log(`${r.name.padEnd(12)} ${r.path.slice(0, 40).padEnd(40)} ${CATEGORIES.map((c) => cell(r.scores[c.id] ?? null)).join(' ')}  ${String(r.benchmarkIndex).padStart(7)}`);
  }
  console.log(`${'target'.padEnd(53)} ${CATEGORIES.map((c) => `≥ ${TARGETS[c.id]}`.padStart(8)).join(' ')}`);
  // Performance follows the CPU the browser had: say when others were using it.
  const [load] = os.loadavg();
  console.log(`\n"machine" is Lighthouse's benchmark index of this machine during the run (higher is faster; its 4× CPU slowdown is calibrated for a desktop of about 1500 or more). Load average ${load!.toFixed(1)} on ${os.availableParallelism()} cores.`);
  console.log(`Reports: ${path.relative(root, outDir)}/<page>.report.html`);

  const misses = results.flatMap((r) =>
    CATEGORIES.filter((c) => (r.scores[c.id] ?? 0) < TARGETS[c.id]).map(
      (c) => `  ${r.name} ${c.label} ${r.scores[c.id] ?? 'no score'} < ${TARGETS[c.id]}${r.failing[c.id]?.length ? `: ${r.failing[c.id]!.join(', ')}` : ''}`,
    ),
  );
  if (misses.length) {
    failed = true;
    console.error(`\nBelow the launch targets:\n${misses.join('\n')}`);
    const busy = results.filter((r) => (r.scores.performance ?? 0) < TARGETS.performance && r.benchmarkIndex < BUSY_BELOW);
    if (busy.length) {
      console.error(`\nThe machine was busy while ${busy.map((r) => r.name).join(', ')} ran (benchmark index under ${BUSY_BELOW}): those performance scores may be the machine's, not the page's. Run again when it is quieter, or with --runs 5.`);
    }
  } else console.log('\nEvery page meets the launch targets.');
} catch (err) {
  failed = true;
  console.error(`[audit] ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
