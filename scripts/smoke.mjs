// npm run smoke — the README's quick start, tried as a new user would.
//
// Clones this repository's committed HEAD (or --ref COMMIT) into a temporary
// folder, runs `npm install && npm start` there exactly as the README says,
// waits for /api/health, reads the pages a visitor and a staff member open
// first, presses Ctrl-C (SIGINT to the whole process group, as a terminal
// does), checks that nothing of it is left running and the port is free, then
// runs `npm start` again and checks the data survived.
//
// Plain JavaScript with no dependencies: it must run before `npm install`.
// Prints one line per check and ends with "N passed, N failed".
//   node scripts/smoke.mjs [--ref COMMIT] [--keep]
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ref = argValue('--ref');
const keep = process.argv.includes('--keep');
// A first start installs, builds and seeds: minutes on two cores.
const FIRST_START_LIMIT_MS = 15 * 60_000;
const RESTART_LIMIT_MS = 3 * 60_000;

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '  ok  ' : ' FAIL '} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}

/** Every live process whose command line or working folder is inside dir (Linux /proc). */
function processesIn(dir) {
  if (!fs.existsSync('/proc/self/cmdline')) return null;
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      let cwd = '';
      try {
        cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
      } catch {}
      if (cmd.includes(dir) || cwd.startsWith(dir)) found.push(`${pid} ${cmd.slice(0, 120)}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Runs a shell command line in its own process group, as a terminal would. */
function launch(commandLine, cwd, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn('bash', ['-c', commandLine], { cwd, env, detached: true, stdio: ['ignore', out, out] });
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

async function waitHealthy(base, child, limitMs) {
  const started = Date.now();
  let exited = null;
  child.exited.then((r) => (exited = r));
  while (Date.now() - started < limitMs) {
    if (exited) return { ok: false, why: `the command ended first (exit ${exited.code ?? exited.signal})` };
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return { ok: true, ms: Date.now() - started };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return { ok: false, why: `not healthy after ${limitMs / 1000} s` };
}

const text = (html) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ').trim();
const h1Of = (html) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');

async function page(base, pathName) {
  const res = await fetch(base + pathName, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  const html = await res.text();
  return { status: res.status, url: new URL(res.url).pathname, html, h1: h1Of(html) };
}

async function stop(child, dir, port) {
  // Ctrl-C in a terminal signals the whole foreground process group.
  process.kill(-child.pid, 'SIGINT');
  const done = await Promise.race([child.exited, new Promise((r) => setTimeout(() => r(null), 60_000))]);
  check('Ctrl-C stops the directory within a minute', done !== null, done ? `exit ${done.code ?? done.signal}` : 'still running');
  await new Promise((r) => setTimeout(r, 1_000));
  let groupLeft = true;
  try {
    process.kill(-child.pid, 0);
  } catch {
    groupLeft = false;
  }
  const left = processesIn(dir);
  check('no process of it is left', !groupLeft && (left === null || left.length === 0), left?.length ? left.join('; ') : groupLeft ? 'its process group is alive' : '');
  check(`port ${port} is free again`, await portIsFree(port));
  if (groupLeft) process.kill(-child.pid, 'SIGKILL');
}

function tail(file, lines = 40) {
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'directory-smoke-'));
  // mkdtemp makes a private folder; run as root, the embedded PostgreSQL's own
  // user must be able to enter it, as it can a newcomer's ordinary checkout.
  fs.chmodSync(tmp, 0o755);
  const dir = path.join(tmp, 'directory');
  const log = path.join(tmp, 'quick-start.log');
  const t0 = Date.now();
  execFileSync('git', ['clone', '--quiet', repo, dir]);
  if (ref) execFileSync('git', ['-C', dir, 'checkout', '--quiet', ref]);
  const head = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  console.log(`Smoke check of ${head} in ${dir} (log: ${log})`);

  const port = await freePort();
  const base = `http://localhost:${port}`;
  // A newcomer's shell: no database or data folder chosen, only the port.
  const env = { ...process.env, PORT: String(port), CI: process.env.CI ?? '' };
  for (const k of ['DATABASE_URL', 'SELFHELP_DATA_DIR', 'EMBEDDED_PG_PORT', 'NODE_ENV', 'npm_config_prefix']) delete env[k];
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];

  let child = launch('npm install && npm start', dir, env, log);
  let health = await waitHealthy(base, child, FIRST_START_LIMIT_MS);
  if (!check('npm install && npm start on a clean clone becomes healthy', health.ok, health.ok ? `${((Date.now() - t0) / 1000).toFixed(0)} s from clone` : health.why)) {
    console.log(tail(log));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    return finish(tmp);
  }
  const firstMs = Date.now() - t0;

  const home = await page(base, '/');
  check('home page', home.status === 200 && /self-help or mutual aid group/i.test(home.h1), `${home.status} “${home.h1}”`);
  const count = /data-testid="published-count"[^>]*>(\d+)</.exec(home.html)?.[1];
  check('home page counts the seeded groups', Number(count) > 0, `${count} groups`);
  const found = await page(base, '/groups?q=grief');
  check('results page', found.status === 200 && found.h1 === 'Find a group', `${found.status} “${found.h1}”`);
  const slug = /href="\/groups\/(?!browse\b)([a-z0-9-]+)"/.exec(found.html)?.[1];
  const group = slug ? await page(base, `/groups/${slug}`) : { status: 0, h1: '' };
  check('a group page', group.status === 200 && group.h1.length > 0, `/groups/${slug} ${group.status} “${group.h1}”`);
  const sheets = await page(base, '/fact-sheets');
  const sheetSlug = /href="\/fact-sheets\/([a-z0-9-]+)"/.exec(sheets.html)?.[1];
  const sheet = sheetSlug ? await page(base, `/fact-sheets/${sheetSlug}`) : { status: 0, h1: '' };
  check('a fact sheet', sheet.status === 200 && sheet.h1.length > 0, `/fact-sheets/${sheetSlug} ${sheet.status} “${sheet.h1}”`);
  const refer = await page(base, '/refer');
  check('the referral form', refer.status === 200 && refer.h1 === 'Refer a client', `${refer.status} “${refer.h1}”`);
  const staff = await page(base, '/staff');
  check('the staff console asks to sign in', staff.status === 200 && staff.url === '/staff/sign-in' && staff.h1 === 'Staff sign-in', `${staff.url} ${staff.status} “${staff.h1}”`);
  check('the first start printed the staff passwords', /admin@example\.org/.test(fs.readFileSync(log, 'utf8')));

  await stop(child, dir, port);

  // Start again: the same data, no second seed, no rebuild.
  const before = fs.readFileSync(log, 'utf8').length;
  const t1 = Date.now();
  child = launch('npm start', dir, env, log);
  health = await waitHealthy(base, child, RESTART_LIMIT_MS);
  const restartMs = Date.now() - t1;
  check('npm start again becomes healthy', health.ok, health.ok ? `${(restartMs / 1000).toFixed(1)} s` : health.why);
  if (health.ok) {
    const second = fs.readFileSync(log, 'utf8').slice(before);
    check('the second start neither seeds nor rebuilds', !/Seeded \d+ groups/.test(second) && /up to date/.test(second));
    const again = await page(base, `/groups/${slug}`);
    check('the group page is still there after a restart', again.status === 200 && again.h1 === group.h1, `${again.status} “${again.h1}”`);
    const home2 = await page(base, '/');
    const count2 = /data-testid="published-count"[^>]*>(\d+)</.exec(home2.html)?.[1];
    check('the same number of groups after a restart', count2 === count, `${count2}`);
  } else {
    console.log(tail(log));
  }
  await stop(child, dir, port);
  console.log(`Timings: clone to healthy ${(firstMs / 1000).toFixed(0)} s; restart to healthy ${(restartMs / 1000).toFixed(1)} s`);
  return finish(tmp);
}

function finish(tmp) {
  if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
});
