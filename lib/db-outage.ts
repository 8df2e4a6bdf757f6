// What this process knows about whether PostgreSQL answers, so that while it
// does not, every page fails fast with one plain "temporarily unavailable"
// answer (proxy.ts) instead of each request waiting on a dead connection and
// ending in the error page. The pool (lib/db-client.ts) reports connection
// failures and successes here; lib/db.ts lends its pool as the probe. Kept
// on globalThis: the proxy and the route bundles are loaded separately into
// one process (as the pool is, lib/db.ts). No server-only import, so the
// proxy may load it. See docs/decisions/036-several-instances-and-faults.md.

type State = {
  /** When the first connection failure was seen; null while the database answers. */
  downSince: number | null;
  lastProbeAt: number;
  probing?: Promise<boolean>;
  probe?: () => Promise<unknown>;
};

const holder = globalThis as unknown as { __selfhelpDbOutage?: State };
const state: State = (holder.__selfhelpDbOutage ??= { downSince: null, lastProbeAt: 0 });

/** How long a caller is told to wait (Retry-After, seconds). */
export const RETRY_AFTER_SECONDS = 10;
/** While down, at most one probe this often: a returning database is noticed within about this long. */
const PROBE_EVERY_MS = 500;
const PROBE_TIMEOUT_MS = 1_000;

// Errors that mean "no database to talk to", not "this query was wrong":
// refused or dropped sockets, and PostgreSQL's own shutdown and start-up codes.
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

export function isOutageError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const code = 'code' in err ? String((err as { code: unknown }).code) : '';
  if (OUTAGE_CODES.has(code)) return true;
  const message = err instanceof Error ? err.message : '';
  // Not pg-pool's "timeout exceeded when trying to connect": that is a full
  // pool under load, and the database is there.
  return /Connection terminated|Connection ended unexpectedly/i.test(message);
}

/** Called by the pool when a connection could not be made or was cut. */
export function noteConnectionFailure(err: unknown): void {
  if (isOutageError(err)) state.downSince ??= Date.now();
}

/** Called by the pool when a connection was made: the database answers. */
export function noteConnectionSuccess(): void {
  state.downSince = null;
}

/** Lent by lib/db.ts: one cheap query on the app's own pool. */
export function setOutageProbe(probe: () => Promise<unknown>): void {
  state.probe = probe;
}

/**
 * False while the database answers. While it does not, probes it at most
 * every PROBE_EVERY_MS (one probe at a time, shared by the requests that
 * arrive meanwhile) and returns false as soon as one succeeds.
 */
export async function databaseUnavailable(now = Date.now()): Promise<boolean> {
  if (state.downSince === null) return false;
  if (!state.probe) return true;
  if (!state.probing && now - state.lastProbeAt >= PROBE_EVERY_MS) {
    state.lastProbeAt = now;
    const probe = state.probe;
    state.probing = (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([probe(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('probe timeout')), PROBE_TIMEOUT_MS)))]);
        state.downSince = null;
        return true;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
        state.probing = undefined;
      }
    })();
  }
  if (state.probing) return !(await state.probing);
  return state.downSince !== null;
}

/** Since when this process has seen the database down (for logs and tests), or null. */
export function databaseDownSince(): number | null {
  return state.downSince;
}
