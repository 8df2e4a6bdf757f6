// How old a listing's last check may be before we warn visitors. The one
// place for the twelve-month rule: the public pages, the staff "needs
// verifying" filter and the dashboard count all read it from here.

/** Months after the last check when a listing counts as possibly out of date. */
export const STALE_AFTER_MONTHS = 12;

/** The instant a check must be later than to still count as current (a check exactly this old is stale). */
export function staleBefore(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - STALE_AFTER_MONTHS);
  return d;
}

/** True when the listing was never checked, or last checked twelve months or more before `now`. */
export function isStale(lastVerifiedAt: Date | null, now: Date): boolean {
  if (!lastVerifiedAt || Number.isNaN(lastVerifiedAt.getTime())) return true;
  return lastVerifiedAt.getTime() <= staleBefore(now).getTime();
}
