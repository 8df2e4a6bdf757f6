// CPU time used by the app server and by PostgreSQL while a load runs, read
// from /proc (Linux). A results page's latency under 10 connections is set
// by how much CPU each page costs, so the benchmark reports that cost per
// request beside the latencies. Elsewhere (no /proc) it reports nothing.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

type Proc = { pid: number; ppid: number; comm: string; ticks: number };

function readProcs(): Proc[] | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const out: Proc[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so split after its ")".
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      // Fields 4, 14 and 15 of stat(5): ppid, utime, stime.
      out.push({ pid: Number(name), ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU milliseconds so far of the process tree under `rootPid`, and of every local PostgreSQL process. */
export function cpuSnapshot(rootPid: number): { server: number; postgres: number } | null {
  const procs = readProcs();
  if (!procs) return null;
  const tree = new Set([rootPid]);
  // Parents are listed before children often enough, but not always: repeat until stable.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (tree.has(p.pid) || !tree.has(p.ppid)) continue;
      tree.add(p.pid);
      grew = true;
    }
  }
  const toMs = 1000 / clockTicks();
  let server = 0;
  let postgres = 0;
  for (const p of procs) {
    if (tree.has(p.pid)) server += p.ticks * toMs;
    else if (p.comm === 'postgres') postgres += p.ticks * toMs;
  }
  return { server, postgres };
}

/** CPU ms per request between two snapshots; null where /proc is not there. */
export function cpuPerRequest(before: ReturnType<typeof cpuSnapshot>, after: ReturnType<typeof cpuSnapshot>, requests: number) {
  if (!before || !after || !requests) return null;
  return { server: (after.server - before.server) / requests, postgres: (after.postgres - before.postgres) / requests };
}
