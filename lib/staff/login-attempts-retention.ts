// Sign-in attempts do not pile up: those older than the retention period,
// and the oldest beyond a cap on the table's size, become daily counts per
// account (LoginAttemptDaily) without the address or the email typed. The
// last hour is never touched: lockout and the per-address limits count it.
// Run hourly by the jobs (lib/jobs/retention.ts).
import 'server-only';
import { db } from '@/lib/db';

/** Rows the sign-in log may hold before its oldest are rolled up early. */
export const LOGIN_ATTEMPT_TABLE_CAP = 20_000;
/** Attempts this recent always stay as rows. Keep it at least as long as any window that counts attempts. */
export const LOGIN_ATTEMPT_KEEP_MS = 60 * 60 * 1000;

const DAY_MS = 86_400_000;

export type RollUpOptions = { days: number; maxRows?: number; keepMs?: number };

/** Rolls up attempts past `days`, then the oldest beyond `maxRows`; returns how many rows became counts. */
export async function rollUpLoginAttempts(now: Date, { days, maxRows = LOGIN_ATTEMPT_TABLE_CAP, keepMs = LOGIN_ATTEMPT_KEEP_MS }: RollUpOptions): Promise<number> {
  const expired = new Date(now.getTime() - days * DAY_MS);
  const keepFrom = new Date(now.getTime() - keepMs);
  // One statement: the rows deleted are exactly the rows counted.
  const rows = await db.$queryRaw<{ n: number }[]>`
    WITH over AS (
      SELECT id FROM "LoginAttempt" ORDER BY "createdAt" DESC, id DESC OFFSET ${maxRows}
    ), gone AS (
      DELETE FROM "LoginAttempt" a
      WHERE a."createdAt" < ${expired} OR (a."createdAt" < ${keepFrom} AND a.id IN (SELECT id FROM over))
      RETURNING a."createdAt", a."staffUserId", a.success, a.reason
    ), counted AS (
      INSERT INTO "LoginAttemptDaily" (day, "accountId", success, reason, count)
      SELECT "createdAt"::date, coalesce("staffUserId", ''), success, reason, count(*)::int FROM gone GROUP BY 1, 2, 3, 4
      ON CONFLICT (day, "accountId", success, reason) DO UPDATE SET count = "LoginAttemptDaily".count + EXCLUDED.count
    )
    SELECT count(*)::int AS n FROM gone`;
  return rows[0]?.n ?? 0;
}
