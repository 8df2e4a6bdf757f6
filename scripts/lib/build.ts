// `npm start` serves the production build, rebuilding only when the sources
// changed since the last build (a content hash kept in .next/).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './schema-engine.ts';

const INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'instrumentation.ts', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
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

export function generateClient() {
  run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/db/generate.ts')]);
}

export function nextBin() {
  return path.join(root, 'node_modules/next/dist/bin/next');
}

/** The production server: the build on one worker per core. */
export function serveScript() {
  return path.join(root, 'scripts/serve.mjs');
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
