// Retention: personal details of a referral are erased a set time after it
// was closed. What remains (status, dates, history, group, readiness) keeps
// the statistics honest and identifies nobody.
import 'server-only';
import { db } from '../db.ts';

const DAY_MS = 86_400_000;

/** Erases referrals closed more than `days` days before `now`; returns how many. */
export async function eraseExpiredReferrals(now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  return db.$transaction(async (tx) => {
    const due = await tx.referral.findMany({ where: { closedAt: { lt: cutoff }, erasedAt: null }, select: { id: true } });
    if (due.length === 0) return 0;
    const ids = due.map((r) => r.id);
    await tx.referral.updateMany({
      where: { id: { in: ids }, closedAt: { lt: cutoff }, erasedAt: null },
      data: { clientNameEnc: null, clientContactEnc: null, clientAccessibilityEnc: null, clientBestTimesEnc: null, notesEnc: null, erasedAt: now },
    });
    // Staff notes in the history may describe the client too.
    await tx.referralEvent.updateMany({ where: { referralId: { in: ids } }, data: { noteEnc: null } });
    return ids.length;
  });
}
