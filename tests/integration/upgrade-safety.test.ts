// Upgrades that cannot eat data (docs/operations.md, "Upgrading PostgreSQL"):
// `npm start` on a data folder made by another PostgreSQL major version
// stops before touching it, with the steps to move the data across; a data
// folder whose password file went missing is refused, never started afresh.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDb } from '../../scripts/lib/embedded-db.ts';
import { binariesMajorVersion } from '../../scripts/lib/pg-version.ts';
import { root } from '../../scripts/lib/schema-engine.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** Every file and folder under `dir`: path, mode, size, modification time and content hash. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const s = fs.statSync(p);
      const hash = s.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex') : '';
      out.push(`${path.relative(dir, p)} ${s.mode.toString(8)} ${s.size} ${s.mtimeMs} ${hash}`);
      if (s.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

/** A data folder as an older directory left it: a cluster's files, its password, a key. */
function oldDataFolder(pgVersion: string, withPassword = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-upgrade-'));
  fs.chmodSync(dir, 0o755);
  made.push(dir);
  const pg = path.join(dir, 'pg');
  fs.mkdirSync(path.join(pg, 'base/1'), { recursive: true });
  fs.writeFileSync(path.join(pg, 'PG_VERSION'), `${pgVersion}\n`);
  fs.writeFileSync(path.join(pg, 'base/1/16384'), crypto.randomBytes(8192));
  fs.writeFileSync(path.join(pg, 'postgresql.conf'), "listen_addresses = 'localhost'\n");
  if (withPassword) fs.writeFileSync(path.join(dir, 'pg.password'), 'an-old-password', { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'encryption.key'), `${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return dir;
}

describe('starting on a data folder from another PostgreSQL major version', () => {
  it('refuses with the upgrade steps and leaves the folder byte-for-byte as it was', async () => {
    const binaries = await binariesMajorVersion();
    const other = String(binaries - 2);
    const dir = oldDataFolder(other);
    const before = snapshot(dir);
    const { DATABASE_URL: _a, MIGRATION_DATABASE_URL: _b, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: root,
      env: { ...env, SELFHELP_DATA_DIR: dir, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`was made by PostgreSQL ${other}; this version of the directory ships PostgreSQL ${binaries}`);
    expect(run.stderr).toContain('nothing was started and nothing was changed');
    expect(run.stderr).toMatch(/npm run backup[\s\S]*npm run restore -- <backup file> --data-dir/);
    expect(run.stdout).not.toContain('Embedded PostgreSQL on port');
    expect(snapshot(dir)).toEqual(before);
  }, 90_000);
});

describe('a data folder whose password file is missing', () => {
  it('is refused and kept, not replaced by a new empty database', async () => {
    const binaries = await binariesMajorVersion();
    const dir = oldDataFolder(String(binaries), false);
    const before = snapshot(dir);
    await expect(startEmbeddedDb({ dataDir: path.join(dir, 'pg'), database: 'selfhelp', persistent: true })).rejects.toThrow(/password file .* is missing\. Nothing was changed/);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);
});
