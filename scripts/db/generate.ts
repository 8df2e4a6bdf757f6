// npm run db:generate — writes the Prisma client to lib/generated/prisma.
// `prisma generate` does not need the native schema engine, but the CLI tries
// to download it first unless PRISMA_SCHEMA_ENGINE_BINARY names an executable;
// on offline machines we point it at node itself (never run for generate).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { root } from '../lib/schema-engine.ts';
import { writeClientStamp } from '../lib/build.ts';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const res = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
if (res.status !== 0) {
  process.stdout.write(res.stdout);
  process.exit(res.status ?? 1);
}
writeClientStamp();
