// Rate limits on public forms, kept in PostgreSQL (the `rate_limits` table
// the migrations own) through rate-limiter-flexible, so every app process
// shares the same counts. Keys are hashed: the table never holds an IP
// address or an email address. The limiter queries the process's one pool
// (lib/db.ts): one statement per attempt, never a transaction.
import 'server-only';
import crypto from 'node:crypto';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { dbPool } from '../db.ts';

export type LimitRule = { name: string; points: number; durationSeconds: number };
/** Refused because the limit was reached, or because the count could not be kept (`unavailable`). */
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number; unavailable?: true };

/** Referral form: 5 per IP address per 10 minutes, 10 per referrer email per day. */
export const REFERRAL_LIMITS = {
  perIp: { name: 'referral-ip', points: 5, durationSeconds: 600 },
  perEmail: { name: 'referral-email', points: 10, durationSeconds: 86_400 },
} satisfies Record<string, LimitRule>;

/**
 * The referrer's confirmation goes to an address nobody has proved, so the
 * form must not become a way to mail strangers: at most 3 a day to one
 * address and 500 a day in all. Past either, the referral is still kept and
 * staff still hear of it; the referrer has the status link on screen.
 */
export const CONFIRMATION_LIMITS = {
  perAddress: { name: 'referral-confirmation-to', points: 3, durationSeconds: 86_400 },
  perDay: { name: 'referral-confirmations', points: 500, durationSeconds: 86_400 },
} satisfies Record<string, LimitRule>;

// One limiter per rule and pool. Keyed by the pool so a test that ends its
// database's pool (and gets a new one) never reuses a limiter on the old one.
type Holder = { limiters: WeakMap<pg.Pool, Map<string, RateLimiterPostgres>> };
const holder = globalThis as unknown as { __selfhelpLimits?: Holder };
const box: Holder = (holder.__selfhelpLimits ??= { limiters: new WeakMap() });

function limiter(rule: LimitRule): RateLimiterPostgres {
  const pool = dbPool();
  let byRule = box.limiters.get(pool);
  if (!byRule) box.limiters.set(pool, (byRule = new Map()));
  const id = `${rule.name}|${rule.points}|${rule.durationSeconds}`;
  let l = byRule.get(id);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.durationSeconds,
    });
    byRule.set(id, l);
  }
  return l;
}

const hashKey = (value: string) => crypto.createHash('sha256').update(value.trim().toLowerCase()).digest('base64url').slice(0, 32);

/**
 * Counts one attempt. When the count cannot be kept (the database failed),
 * the attempt is refused (logged): a limit that lets everything through
 * whenever its store is down protects nothing, and the forms it guards can
 * send mail.
 */
export async function consumeLimit(rule: LimitRule, key: string): Promise<LimitResult> {
  try {
    await limiter(rule).consume(hashKey(key));
    return { ok: true };
  } catch (res) {
    if (res instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    console.warn(`[limits] ${rule.name} unavailable, attempt refused: ${res instanceof Error ? res.message : 'unknown error'}`);
    return { ok: false, retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS, unavailable: true };
  }
}

const UNAVAILABLE_RETRY_SECONDS = 60;

/** What a refused visitor is told: why, how long to wait, and who to call instead. */
export function refusalMessage(r: { retryAfterSeconds: number; unavailable?: true }, tooMany: string, instead: string): string {
  if (r.unavailable) return `We could not take this just now. Please try again shortly, or ${instead}.`;
  return `${tooMany} Please wait ${describeWait(r.retryAfterSeconds)} and try again, or ${instead}.`;
}

/** "about 8 minutes", for messages. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return 'a minute';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return `about ${hours} hours`;
}

/**
 * Forgets the limiters (tests). The pool is lib/db.ts's and is ended there;
 * the name is older than the shared pool.
 */
export function closeRateLimitPools(): Promise<void> {
  box.limiters = new WeakMap();
  return Promise.resolve();
}
