// The directory's version, from package.json at the app's root (the working
// folder of `npm start`, `next start` and the commands).
import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

export function appVersion(): string {
  if (cached) return cached;
  try {
    cached = String(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')).version ?? 'unknown');
  } catch {
    cached = 'unknown';
  }
  return cached;
}
