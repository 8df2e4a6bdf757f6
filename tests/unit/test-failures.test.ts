// When CI is red, the end of its log names what failed: the reports of a
// real vitest run and a real Playwright run, each with one test that passes
// and one that fails, are read the way `npm test` reads them.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonStart, playwrightFailures, vitestFailures, type PlaywrightReport, type VitestReport } from '../../scripts/lib/test-failures.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir = '';
beforeAll(() => {
  // Inside the repo, so the fixtures find vitest and Playwright in
  // node_modules; not under test-results/, which Playwright never searches.
  fs.mkdirSync(path.join(root, '.data'), { recursive: true });
  dir = fs.mkdtempSync(path.join(root, '.data', 'failures-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each of these tests starts a real test runner, which takes seconds, more
// on a loaded machine (5.9 s once beside a database being filled): the unit
// suite's five seconds are for tests that run in-process.
const SPAWNED_RUN = 60_000;

function runNode(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', FORCE_COLOR: '1' };
  // The fixture runs are their own; nothing of this run's vitest reaches them.
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'TEST') delete env[k];
  return spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
}

describe('the failed tests listed above the totals', () => {
  it('name the vitest file and test that failed, with the start of the reason', () => {
    fs.writeFileSync(path.join(dir, 'vitest.config.mjs'), `export default { test: { include: ['*.check.mjs'] } };\n`);
    fs.writeFileSync(
      path.join(dir, 'a.check.mjs'),
      `import { describe, expect, it } from 'vitest';
describe('a visitor', () => {
  it('finds a group', () => expect(1).toBe(1));
  it('reads the page', () => expect('grief').toBe('bereavement'));
});
`,
    );
    const json = path.join(dir, 'vitest.json');
    const run = runNode([path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.mjs', '--reporter=json', `--outputFile.json=${json}`]);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as VitestReport;
    expect(vitestFailures(report, dir)).toEqual([expect.stringMatching(/^vitest a\.check\.mjs › a visitor reads the page — .*expected 'grief' to be 'bereavement'/)]);
  }, SPAWNED_RUN);

  it('name the Playwright spec, line and title that failed, with the start of the reason', () => {
    fs.writeFileSync(path.join(dir, 'playwright.config.mjs'), `export default { testDir: '.', testMatch: '**/*.pw.mjs', outputDir: 'out', retries: 0, reporter: 'json' };\n`);
    fs.writeFileSync(
      path.join(dir, 'b.pw.mjs'),
      `import { test, expect } from '@playwright/test';
test('a visitor finds a group', () => expect(1).toBe(1));
test('a visitor reads the page', () => expect('grief').toBe('bereavement'));
`,
    );
    const json = path.join(dir, 'playwright.json');
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'playwright.config.mjs'], {
      cwd: dir,
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: json, FORCE_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as PlaywrightReport;
    expect(report.stats.expected).toBe(1);
    expect(playwrightFailures(report)).toEqual([expect.stringMatching(/^playwright b\.pw\.mjs:3 › a visitor reads the page — .*expect\(received\)\.toBe\(expected\)/)]);
  }, SPAWNED_RUN);

  it('nothing is listed for a run that wrote no report, and a reason is its first lines, cut to 300 characters', () => {
    expect([...vitestFailures(null, root), ...playwrightFailures(null)]).toEqual([]);
    expect(reasonStart('\n\u001b[31m  Error: gone\u001b[39m\nmore')).toBe('Error: gone more');
    // The kind alone on the first line, the cause further on (a Prisma error as CI printed it).
    const prisma = 'PrismaClientKnownRequestError: \nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `23505`. Message: `duplicate key value violates unique constraint "BackupRun_pkey"`\n    at vn.handleRequestError';
    expect(reasonStart(prisma)).toMatch(/^PrismaClientKnownRequestError: Invalid .* Raw query failed\. Code: `23505`.*BackupRun_pkey/);
    expect(reasonStart('x'.repeat(1000))).toHaveLength(300);
  });
});
