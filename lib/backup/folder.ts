// Makes the folder a backup is written into. Node 20's
// mkdirSync(…, { recursive: true }) never returns for a folder it cannot make
// under some pseudo-filesystems (a path under /proc spins forever), so each
// missing level is made on its own and the first refusal ends it with a
// message that names the folder.
import fs from 'node:fs';
import path from 'node:path';

export function makeBackupFolder(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!fs.existsSync(at)) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  try {
    for (const level of missing) fs.mkdirSync(level);
    fs.accessSync(dir, fs.constants.W_OK);
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (err) {
    const why = err instanceof Error && 'code' in err ? String(err.code) : err instanceof Error ? err.message : String(err);
    throw new Error(`Cannot write backups into ${dir} (${why}): choose a folder this user can write to.`);
  }
}
