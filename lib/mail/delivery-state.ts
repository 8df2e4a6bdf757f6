// What really happened to a message, from the columns delivery writes
// (decision 031). Pure: the outbox page, its filters and the dashboard agree.

/** A message that failed this many times is left in the outbox for staff: no more automatic tries. */
export const MAX_DELIVERY_ATTEMPTS = 30;

/** The sweep (lib/jobs/worker.ts) runs on every fifth minute of the clock. */
export const SWEEP_EVERY_MINUTES = 5;

export const MAIL_STATES = ['queued', 'sent', 'kept', 'failed', 'gave-up', 'cancelled'] as const;
export type MailState = (typeof MAIL_STATES)[number];

export type DeliveryColumns = {
  sentAt: Date | null;
  keptAt: Date | null;
  cancelledAt: Date | null;
  attempts: number;
  lastError: string | null;
};

export function mailState(m: DeliveryColumns): MailState {
  if (m.sentAt) return 'sent';
  if (m.keptAt) return 'kept';
  if (m.cancelledAt) return 'cancelled';
  if (m.attempts >= MAX_DELIVERY_ATTEMPTS) return 'gave-up';
  if (m.attempts > 0) return 'failed';
  return 'queued';
}

/** Staff may try again what has not gone out, has not been cancelled and was not kept for want of a server. */
export const canRetry = (s: MailState) => s === 'failed' || s === 'gave-up' || s === 'queued';
/** Staff may stop what would otherwise still go out. */
export const canCancel = (s: MailState) => s === 'failed' || s === 'gave-up' || s === 'queued';

/** The sweep's next pass after `now`: the next 5-minute mark of the clock. */
export function nextSweepAfter(now: Date): Date {
  const step = SWEEP_EVERY_MINUTES * 60_000;
  return new Date((Math.floor(now.getTime() / step) + 1) * step);
}

export type RetryPolicy = { retryCount: number; retryLimit: number; retryDelaySeconds: number; retryDelayMaxSeconds: number };

/**
 * The latest time the next attempt is due after a failure at `now`. With a
 * pg-boss retry left, pg-boss waits between half and all of
 * delay × 2^(retries+1) seconds (capped); otherwise the sweep takes it.
 */
export function nextAttemptBy(now: Date, attemptsSoFar: number, policy?: RetryPolicy): Date | null {
  if (attemptsSoFar >= MAX_DELIVERY_ATTEMPTS) return null;
  if (policy && policy.retryCount < policy.retryLimit) {
    const seconds = Math.min(policy.retryDelayMaxSeconds, Math.max(policy.retryDelaySeconds, 1) * 2 ** Math.min(16, policy.retryCount + 1));
    return new Date(now.getTime() + seconds * 1000);
  }
  return nextSweepAfter(now);
}
