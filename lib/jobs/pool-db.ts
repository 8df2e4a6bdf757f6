// pg-boss on the process's one pool (lib/db.ts) instead of a pool of its
// own. pg-boss accepts any `db` with executeSql. Each of its calls is one
// query on whichever connection is free: its transactions (BEGIN … COMMIT)
// and advisory locks (xact-scoped) live inside a single multi-statement
// query, and it sets nothing on the session, so sharing the pool is safe. What a custom db gives up is not used here:
//   - LISTEN/NOTIFY (useListenNotify), which needs a session of its own;
//   - transactional workers (work(…, { transactional: true })).
// See docs/decisions/016-serving.md.
import type pg from 'pg';
import type { Db as BossDb } from 'pg-boss';

export function poolDatabase(pool: pg.Pool): BossDb {
  return {
    // Values as given: an empty list keeps pg on the simple protocol, which
    // multi-statement queries need (the same call pg-boss's own pool makes).
    executeSql: (text, values) => pool.query(text, values),
    // For pg-boss's instance registry, as its own pool reports it.
    poolCounts: () => ({ max: pool.options.max ?? 10, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
