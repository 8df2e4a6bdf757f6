// Sign-in bookkeeping: every attempt becomes a LoginAttempt row and an audit
// entry. An attempt is opened before the password is checked, under a lock
// on its address (and on the account's row when there is one), so attempts
// that arrive together are counted one after another and each sees every
// attempt before it, finished or not. Three limits (lib/staff/policy.ts):
// one address on one account, one address on all accounts, one account
// from every address (docs/decisions/023-client-address.md).
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { limitBucket } from '@/lib/abuse/client-address';
import { db } from '@/lib/db';
import { queueMailDelivery } from '@/lib/jobs/queue';
import { enqueueMail } from '@/lib/mail';
import { ACCOUNT_LOCK_AFTER_FAILURES, ADDRESS_FAILURE_LIMIT, FAILURE_WINDOW_MS, LOCK_AFTER_FAILURES, LOCK_DURATION_MS } from '@/lib/staff/policy';
import { accountLockedMail, addressRefusedMail } from './sign-in-alert-mail';

/** Reasons that count towards slow-down and the limits; 'checking' is an attempt still in progress. */
const FAILURES = ['bad-password', 'unknown-email', 'bad-code', 'checking'];

// Attempts from one address wait for each other on its lock, each holding a
// connection: under a burst the last in line may wait for a connection
// longer than Prisma's 2-second default, and should wait, not fail.
const QUEUED = { maxWait: 15_000, timeout: 15_000 };

export type AttemptAccount = { id: string; email: string; name: string; role: 'ADMIN' | 'EDITOR' };

/** An attempt that may go on to check the password or code, and the failures counted before it. */
export type OpenAttempt = {
  id: string;
  verdict: 'go' | 'account-locked' | 'address-refused';
  /** Failures on this account from every address (for slow-down). */
  accountFailures: number;
  /** Failures on this account from this address. */
  pairFailures: number;
  ip: string;
};

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Failures before now in the window, in one statement: from this address on
 * any account, on this account from this address, and on this account from
 * anywhere. A success ends the run of failures before it, for the same
 * account (and address). One statement, because these are counted while
 * holding the address's lock and every other attempt from it waits.
 */
async function countFailures(tx: Tx, email: string, source: string, now: number) {
  const since = new Date(now - FAILURE_WINDOW_MS);
  const [row] = await tx.$queryRaw<{ address: bigint; pair: bigint; account: bigint }[]>`
    WITH w AS (
      SELECT "email"::text AS email, "source", "success", "reason", "createdAt" FROM "LoginAttempt"
      WHERE "createdAt" > ${since} AND ("source" = ${source} OR "email" = ${email}::citext)
    ),
    last_account AS (SELECT max("createdAt") AS t FROM w WHERE email = ${email} AND success),
    last_pair AS (SELECT max("createdAt") AS t FROM w WHERE email = ${email} AND "source" = ${source} AND success)
    SELECT
      count(*) FILTER (WHERE "source" = ${source} AND NOT success AND reason = ANY(${FAILURES})) AS address,
      count(*) FILTER (WHERE email = ${email} AND "source" = ${source} AND NOT success AND reason = ANY(${FAILURES})
                         AND "createdAt" > coalesce((SELECT t FROM last_pair), ${since})) AS pair,
      count(*) FILTER (WHERE email = ${email} AND NOT success AND reason = ANY(${FAILURES})
                         AND "createdAt" > coalesce((SELECT t FROM last_account), ${since})) AS account
    FROM w`;
  return { address: Number(row?.address ?? 0), pair: Number(row?.pair ?? 0), account: Number(row?.account ?? 0) };
}

/**
 * Opens an attempt on `email` from `ip`: decides whether it may go on, and
 * writes its row ('checking' when it may, the refusal otherwise). Refusals
 * here are not failures, so a refused address does not keep itself refused.
 */
export async function openAttempt(email: string, account: AttemptAccount | null, ip: string, now: number, lockedUntil: Date | null): Promise<OpenAttempt> {
  const source = limitBucket(ip || 'unknown');
  const attempt = await db.$transaction(async (tx) => {
    // Address first, then account, always in this order: no deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${source}`}, 0))`;
    if (account) await tx.$queryRaw`SELECT id FROM "StaffUser" WHERE id = ${account.id} FOR UPDATE`;
    const counted = await countFailures(tx, email, source, now);
    const verdict: OpenAttempt['verdict'] =
      lockedUntil && lockedUntil.getTime() > now
        ? 'account-locked'
        : counted.pair >= LOCK_AFTER_FAILURES || counted.address >= ADDRESS_FAILURE_LIMIT
          ? 'address-refused'
          : 'go';
    const reason = verdict === 'go' ? 'checking' : verdict === 'account-locked' ? 'locked' : 'address-refused';
    const row = await tx.loginAttempt.create({ data: { email, staffUserId: account?.id ?? null, ip, source, success: false, reason }, select: { id: true } });
    return { id: row.id, verdict, accountFailures: counted.account, pairFailures: counted.pair, ip };
  }, QUEUED);
  // The refusal's audit entry after the lock is let go: others are waiting.
  if (attempt.verdict !== 'go') {
    const reason = attempt.verdict === 'account-locked' ? 'locked' : 'address-refused';
    await recordAudit(db, { actor: null, action: 'auth.sign-in-failed', entityType: account ? 'StaffUser' : '', entityId: account?.id ?? null, after: { email, reason }, ip });
  }
  return attempt;
}


/**
 * An attempt that ends without changing the account: an unknown email, a
 * disabled account, or one continuing at the second step
 * ('auth.password-accepted').
 */
export async function closeAsRefusal(
  attempt: OpenAttempt,
  email: string,
  account: AttemptAccount | null,
  reason: string,
  action: 'auth.sign-in-failed' | 'auth.password-accepted' = 'auth.sign-in-failed',
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attempt.id }, data: { reason }, select: { id: true } });
    await recordAudit(tx, { actor: null, action, entityType: account ? 'StaffUser' : '', entityId: account?.id ?? null, after: { email, reason }, ip: attempt.ip });
  }, QUEUED);
}

/**
 * A wrong password or code on a real account. At the per-address limit the
 * address is refused for this account and the owner is told; at the
 * account-wide limit the account is locked and the owner is told. Both are
 * noted once, when the count reaches the limit.
 */
export async function closeAsFailure(attempt: OpenAttempt, account: AttemptAccount, reason: string, now: number): Promise<void> {
  const outboxId = await db.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attempt.id }, data: { reason }, select: { id: true } });
    const accountFailures = attempt.accountFailures + 1;
    const lock = accountFailures >= ACCOUNT_LOCK_AFTER_FAILURES;
    const lockedUntil = new Date(now + LOCK_DURATION_MS);
    await tx.staffUser.update({
      where: { id: account.id },
      data: { failedLoginCount: { increment: 1 }, ...(lock ? { lockedUntil } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, { actor: null, action: 'auth.sign-in-failed', entityType: 'StaffUser', entityId: account.id, after: { email: account.email, reason }, ip: attempt.ip });
    if (accountFailures === ACCOUNT_LOCK_AFTER_FAILURES) {
      await recordAudit(tx, { actor: null, action: 'auth.account-locked', entityType: 'StaffUser', entityId: account.id, after: { email: account.email, lockedUntil, failures: accountFailures }, ip: attempt.ip });
      return enqueueMail(tx, accountLockedMail(account, lockedUntil, accountFailures));
    }
    if (attempt.pairFailures + 1 === LOCK_AFTER_FAILURES) {
      await recordAudit(tx, { actor: null, action: 'auth.address-refused', entityType: 'StaffUser', entityId: account.id, after: { email: account.email, address: attempt.ip, failures: LOCK_AFTER_FAILURES }, ip: attempt.ip });
      return enqueueMail(tx, addressRefusedMail(account, attempt.ip, new Date(now)));
    }
    return null;
  }, QUEUED);
  if (outboxId) await queueMailDelivery([outboxId]);
}

/**
 * A wrong password met outside the sign-in form (finishing two-step
 * enrolment): counted like one at the first step, under the same limits.
 */
export async function recordFailure(account: AttemptAccount, ip: string, reason: string, now: number): Promise<void> {
  const attempt = await openAttempt(account.email, account, ip, now, null);
  if (attempt.verdict === 'go') await closeAsFailure(attempt, account, reason, now);
}

/**
 * Every factor passed: the counters start again and the sign-in is noted.
 * `attempt` is the row opened for this sign-in; without one (finishing
 * two-step enrolment) a new row is written.
 */
export async function recordSuccess(account: AttemptAccount, ip: string, method: string, attempt?: OpenAttempt): Promise<void> {
  await db.$transaction(async (tx) => {
    if (attempt) await tx.loginAttempt.update({ where: { id: attempt.id }, data: { success: true, reason: method }, select: { id: true } });
    else await tx.loginAttempt.create({ data: { email: account.email, staffUserId: account.id, ip, source: limitBucket(ip || 'unknown'), success: true, reason: method }, select: { id: true } });
    await tx.staffUser.update({
      where: { id: account.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { userId: account.id, email: account.email },
      action: 'auth.sign-in',
      entityType: 'StaffUser',
      entityId: account.id,
      after: { method },
      ip,
    });
  }, QUEUED);
}
