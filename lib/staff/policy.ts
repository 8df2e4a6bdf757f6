// Session and sign-in limits, in one place so the guard, the Auth.js
// callbacks, the tests and docs/decisions/009 agree.
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_LIFETIME_MS = 8 * 60 * 60 * 1000;

/** Failures inside this window count towards slow-down and the limits below. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const SLOW_DOWN_AFTER_FAILURES = 5;
/**
 * Wrong passwords or codes for one account from one address (an IPv6 /64)
 * before that address is refused for that account. The account itself stays
 * open to its owner elsewhere: knowing a colleague's email must not be enough
 * to lock them out (docs/decisions/023-client-address.md).
 */
export const LOCK_AFTER_FAILURES = 10;
/** Failures from one address, on any accounts or none, before the address is refused for all of them. */
export const ADDRESS_FAILURE_LIMIT = 30;
/**
 * Failures for one account from every address together before the account
 * itself is locked: the last resort against guessing spread over many
 * addresses, at a cost to an attacker of many addresses.
 */
export const ACCOUNT_LOCK_AFTER_FAILURES = 100;
export const LOCK_DURATION_MS = 15 * 60 * 1000;
export const MAX_SLOW_DOWN_MS = 2_000;

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_LIFETIME_MS = 60 * 60 * 1000;
/** Between the password step and the second factor (or enrolment). */
export const PENDING_SIGN_IN_MS = 10 * 60 * 1000;

export type SessionClaims = { userId: string; sessionVersion: number; issuedAt: number; lastSeenAt: number };

/** Why claims are too old, or null when they are still good at `now`. */
export function sessionExpiry(claims: Pick<SessionClaims, 'issuedAt' | 'lastSeenAt'>, now: number): 'idle' | 'absolute' | null {
  if (now - claims.issuedAt > SESSION_ABSOLUTE_LIFETIME_MS) return 'absolute';
  if (now - claims.lastSeenAt > SESSION_IDLE_TIMEOUT_MS) return 'idle';
  return null;
}

/** Delay before answering the next password attempt, from recent failures. */
export function slowDownMs(recentFailures: number): number {
  if (recentFailures < SLOW_DOWN_AFTER_FAILURES) return 0;
  const extra = recentFailures - SLOW_DOWN_AFTER_FAILURES + 1;
  return Math.min(MAX_SLOW_DOWN_MS, 250 * 2 ** (extra - 1));
}

/**
 * Who must sign in with two steps: admins (they manage accounts) and
 * everyone with referral access (they read clients' details). Others may
 * choose it.
 */
export function needsTwoFactor(account: { role: 'ADMIN' | 'EDITOR'; referralAccess: boolean }): boolean {
  return account.role === 'ADMIN' || account.referralAccess;
}

/**
 * Who may retry or cancel a message in the outbox: administrators. Every
 * staff member sees what happened to the mail; stopping a message someone is
 * owed, or sending it again, is an administrator's call (decision 031).
 */
export const MANAGE_MAIL_NEED = 'ADMIN' as const;
export function mayManageMail(account: { role: 'ADMIN' | 'EDITOR' }): boolean {
  return account.role === MANAGE_MAIL_NEED;
}
