// Next's own production server (`next start`, unchanged) once per process,
// all on one port through node:cluster: a Node process renders on one core,
// and a results page is mostly rendering. Each worker is a plain
// `next start`, with Next's compression and its own graceful stop on
// SIGTERM/SIGINT. This primary only forks, replaces a worker that dies, and
// on SIGTERM/SIGINT waits for every worker before it exits.
// See docs/decisions/016-serving.md. Plain JavaScript: no loader needed.
//   node scripts/serve.mjs --port 3000 --processes 2
import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = arg('port', process.env.PORT ?? '3000');
const processes = Math.max(1, Number(arg('processes', '2')) || 2);

cluster.setupPrimary({ exec: path.join(root, 'node_modules/next/dist/bin/next'), args: ['start', '--port', String(port)] });

let stopping = false;
for (let i = 0; i < processes; i++) cluster.fork();

// Workers that have accepted connections; one that dies before it ever
// listened (no build, port taken) would only die again, so the server stops.
const listened = new Set();
cluster.on('listening', (worker) => listened.add(worker.id));

let exitCode = 0;
cluster.on('exit', (worker, code, signal) => {
  if (stopping) {
    // A worker leaves cluster.workers only once both exited and disconnected,
    // in either order, so count the ones still alive.
    if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) process.exit(exitCode);
    return;
  }
  if (!listened.has(worker.id)) {
    console.error(`[server] next start failed (${signal ?? code}); stopping`);
    exitCode = 1;
    stop();
    return;
  }
  console.error(`[server] process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
  cluster.fork();
});

function stop() {
  if (stopping) return;
  stopping = true;
  const live = Object.values(cluster.workers ?? {});
  if (!live.length) process.exit(exitCode);
  // Next finishes the requests in flight, then exits; a Ctrl-C in a terminal
  // reaches the workers too (same process group), which is harmless.
  for (const w of live) w?.process.kill('SIGTERM');
  // Never hang a shutdown on a worker that does not stop.
  setTimeout(() => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
    process.exit(exitCode);
  }, 10_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
console.log(`[server] ${processes} processes of next start on port ${port}`);
