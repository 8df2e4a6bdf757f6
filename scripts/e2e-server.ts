// The directory as the e2e tests see it: `npm start` on a fresh, throwaway
// embedded database (SELFHELP_DATA_DIR), wiped before every run.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.SELFHELP_DATA_DIR;
if (!dir || !dir.includes('e2e')) throw new Error('SELFHELP_DATA_DIR must name the e2e data folder');
delete process.env.DATABASE_URL;
fs.rmSync(path.resolve(dir), { recursive: true, force: true });
await import('./start.ts');
