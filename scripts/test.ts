// npm test — every check, in order: type-check, lint, unit + integration
// tests (vitest, real PostgreSQL) and end-to-end tests (Playwright, Chromium,
// production build). All suites run even when one fails; the last line is
// the total: "N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './lib/schema-engine.ts';
import { generateClient } from './lib/build.ts';
import { playwrightFailures, vitestFailures, type PlaywrightReport, type VitestReport } from './lib/test-failures.ts';

type Tally = { name: string; passed: number; failed: number; skipped: number };
const tallies: Tally[] = [];
const out = path.join(root, 'test-results');
fs.mkdirSync(out, { recursive: true });
const bin = (p: string) => path.join(root, 'node_modules', p);

function run(args: string[], env: Record<string, string> = {}) {
  console.log(`\n$ ${args.map((a) => path.relative(root, a) || a).join(' ')}`);
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } }).status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

generateClient();

const tsc = run([bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
tallies.push({ name: 'type-check', passed: tsc === 0 ? 1 : 0, failed: tsc === 0 ? 0 : 1, skipped: 0 });

const lint = run([bin('eslint/bin/eslint.js'), '--max-warnings=0', '.']);
tallies.push({ name: 'lint', passed: lint === 0 ? 1 : 0, failed: lint === 0 ? 0 : 1, skipped: 0 });

const vitestJson = path.join(out, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const vitest = run([bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson<VitestReport>(vitestJson);
tallies.push({
  name: 'vitest (unit + integration)',
  passed: v?.numPassedTests ?? 0,
  // A crash before the report counts as a failure, never as a pass.
  failed: v ? v.numFailedTests + (vitest !== 0 && v.numFailedTests === 0 ? 1 : 0) : 1,
  skipped: (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0),
});

const pwJson = path.join(out, 'playwright.json');
fs.rmSync(pwJson, { force: true });
const pw = run([bin('@playwright/test/cli.js'), 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
const p = readJson<PlaywrightReport>(pwJson);
tallies.push({
  name: 'playwright (e2e)',
  passed: (p?.stats.expected ?? 0) + (p?.stats.flaky ?? 0),
  failed: p ? p.stats.unexpected + (pw !== 0 && p.stats.unexpected === 0 ? 1 : 0) : 1,
  skipped: p?.stats.skipped ?? 0,
});

// CI shows only the end of the log, so what failed is named again just
// above the totals.
const failures = [...vitestFailures(v, root), ...playwrightFailures(p)];
if (failures.length) {
  console.log('\nFailed');
  for (const f of failures) console.log(`  ${f}`);
}

console.log('\nSummary');
for (const t of tallies) console.log(`  ${t.name.padEnd(28)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
const sum = (k: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[k], 0);
const skipped = sum('skipped');
if (skipped) console.log(`(${skipped} skipped, each with its reason above)`);
// The last line is exactly "N passed, N failed": CI reads it.
console.log(`${sum('passed')} passed, ${sum('failed')} failed`);
process.exit(sum('failed') === 0 ? 0 : 1);
