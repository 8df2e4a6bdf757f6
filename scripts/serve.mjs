// The production server: the built app on one Node process per CPU core
// (WEB_CONCURRENCY, at most 4 by default), all sharing one port through
// node:cluster. Rendering a results page is CPU work, and a single Node
// process uses one core however many the machine has; see
// docs/decisions/012-production-server.md. Plain JavaScript, so the workers
// run without a TypeScript loader. Started by `npm start` and the search
// benchmark: `node scripts/serve.mjs --port 3000`.
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wholeResponse } from './lib/whole-response.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000));
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4));

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  // A worker that dies while serving is replaced; on shutdown all are asked to stop.
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[server] worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const live = Object.values(cluster.workers ?? {});
    if (!live.length) process.exit(0);
    for (const w of live) w?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`[server] ${workers} workers on http://localhost:${port}`);
} else {
  const mod = await import('next');
  // next is a CommonJS module whose function is its default export.
  const next = mod.default.default ?? mod.default;
  const app = next({ dev: false, dir: root, hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    wholeResponse(req, res);
    handle(req, res);
  });
  server.listen(port, () => {
    if (cluster.isPrimary) console.log(`[server] ready on http://localhost:${port}`);
  });
  const stop = () => {
    // Finish the requests in flight, but never hang a shutdown on a slow one.
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

