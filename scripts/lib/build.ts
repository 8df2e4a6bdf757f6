// `npm start` serves the production build, rebuilding only when the sources
// changed since the last build (a content hash kept in .next/).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { root } from './schema-engine.ts';

const INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'instrumentation.ts', 'instrumentation-client.ts', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const stampFile = path.join(root, '.next', 'source-hash');

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isFile()) return void out.push(p);
  for (const name of fs.readdirSync(p).sort()) {
    if (name === 'generated' || name === 'node_modules' || name.startsWith('.')) continue;
    walk(path.join(p, name), out);
  }
}

/**
 * The sources. The server actions key is not part of it: Next reads
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at run time before the key it put in
 * the build, so servers started with one key agree on every action without
 * a rebuild (docs/decisions/023 and 027).
 */
export function sourceHash(): string {
  const files: string[] = [];
  for (const i of INPUTS) walk(path.join(root, i), files);
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

export function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
}

// The generated client is git-ignored, so a fresh clone has none. `npm install`
// generates it (postinstall) and every command that needs it checks first;
// this stamp lets a restart skip the 4–5 s `prisma generate` when the schema
// and the Prisma version are unchanged.
const clientStamp = path.join(root, 'lib', 'generated', 'prisma', '.schema-hash');

export function prismaSchemaHash(): string {
  const prismaPkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/prisma/package.json'), 'utf8')) as { version: string };
  return crypto.createHash('sha256').update(prismaPkg.version).update('\0').update(fs.readFileSync(path.join(root, 'prisma/schema.prisma'))).digest('hex');
}

export function writeClientStamp() {
  fs.writeFileSync(clientStamp, prismaSchemaHash());
}

/** Generates the Prisma client unless the one on disk matches the schema; true when it generated. */
export function generateClient(opts: { force?: boolean } = {}): boolean {
  const current = fs.existsSync(clientStamp) && fs.existsSync(path.join(root, 'lib/generated/prisma/client.ts')) ? fs.readFileSync(clientStamp, 'utf8') : '';
  if (!opts.force && current === prismaSchemaHash()) return false;
  run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/db/generate.ts')]);
  return true;
}

export function nextBin() {
  return path.join(root, 'node_modules/next/dist/bin/next');
}

/** Node processes serving pages: WEB_CONCURRENCY, else one per core (at most 4). */
export function serverProcesses(): number {
  return Math.max(1, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4));
}

/**
 * Node's own options for every server process: the module that records each
 * request's TCP peer, which the client-address rules need
 * (scripts/peer-address.mjs, docs/decisions/023-client-address.md), and a
 * young generation large enough for ten pages in flight at once
 * (YOUNG_GENERATION). Cluster workers inherit them from scripts/serve.mjs.
 */
export function serverNodeOptions(): string[] {
  return ['--import', pathToFileURL(path.join(root, 'scripts/peer-address.mjs')).href, YOUNG_GENERATION];
}

/**
 * V8's semi-space, in MB (16 by default on 64-bit). With ten pages in
 * flight the default space filled every few requests, and each scavenge
 * copied forward the objects of every page still waiting on PostgreSQL:
 * 2.3 ms of scavenge pauses a request for "anxiety" near Toronto at 100,000
 * groups, against 0.53 with 64 MB (and 0.49 with 128, so no further). The
 * resident size under that load did not grow (decision 043).
 */
export const YOUNG_GENERATION = '--max-semi-space-size=64';

/**
 * The production server's arguments for `node`: Next's own `next start`, or
 * with more than one process, that same `next start` in each worker of
 * scripts/serve.mjs (node:cluster). docs/decisions/016-serving.md.
 */
export function serverArgs(port: string | number): string[] {
  const n = serverProcesses();
  const server = n > 1 ? [path.join(root, 'scripts/serve.mjs'), '--port', String(port), '--processes', String(n)] : [nextBin(), 'start', '--port', String(port)];
  return [...serverNodeOptions(), ...server];
}

/**
 * `next dev` and the environment it needs: Next forks its dev server with
 * options parsed from NODE_OPTIONS, not from our own arguments, so the
 * peer-recording module goes there.
 */
export function devServer(port: string | number, env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv } {
  const [flag, url] = serverNodeOptions();
  return { args: [nextBin(), 'dev', '-p', String(port)], env: { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, `${flag}=${url}`].filter(Boolean).join(' ') } };
}

/** Builds when needed; returns true when it built. */
export function ensureBuild(opts: { force?: boolean; log?: (s: string) => void } = {}): boolean {
  const log = opts.log ?? console.log;
  generateClient();
  const hash = sourceHash();
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (!opts.force && current === hash && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    log('Production build is up to date.');
    return false;
  }
  log('Building the production bundle (first run or sources changed)…');
  run(process.execPath, [nextBin(), 'build'], { NODE_ENV: 'production' });
  fs.writeFileSync(stampFile, hash);
  return true;
}
