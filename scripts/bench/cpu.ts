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

type Snapshot = { server: Map<number, number>; postgres: Map<number, number> };

/** CPU milliseconds so far of each process in the tree under `rootPid`, and of each local PostgreSQL process. */
export function cpuSnapshot(rootPid: number): Snapshot | null {
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
  const snap: Snapshot = { server: new Map(), postgres: new Map() };
  for (const p of procs) {
    if (tree.has(p.pid)) snap.server.set(p.pid, p.ticks * toMs);
    else if (p.comm === 'postgres') snap.postgres.set(p.pid, p.ticks * toMs);
  }
  return snap;
}

/**
 * What each process used between two snapshots. A process that started in
 * between counts from zero; one that ended in between is not seen (a
 * PostgreSQL backend closing mid-run makes the figure a little low, never
 * negative).
 */
function spentBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}

/** CPU ms per request between two snapshots; null where /proc is not there. */
export function cpuPerRequest(before: Snapshot | null, after: Snapshot | null, requests: number) {
  if (!before || !after || !requests) return null;
  return { server: spentBetween(before.server, after.server) / requests, postgres: spentBetween(before.postgres, after.postgres) / requests };
}
