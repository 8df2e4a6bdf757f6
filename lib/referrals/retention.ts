// Retention: the personal details of a referral — the client's and the
// referrer's — are erased a set time after it closed or, while it stays
// open, after it arrived: no referral keeps them past the limit whatever its
// state. What remains (status, dates, history, group, readiness, the
// referrer's role and organisation) keeps the statistics honest and
// identifies nobody.
import 'server-only';
import { db } from '../db.ts';

const DAY_MS = 86_400_000;

/** Erases referrals closed, or still open and sent, more than `days` days before `now`; returns how many. */
export async function eraseExpiredReferrals(now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const due = { erasedAt: null, OR: [{ closedAt: { lt: cutoff } }, { closedAt: null, createdAt: { lt: cutoff } }] };
  return db.$transaction(async (tx) => {
    const rows = await tx.referral.findMany({ where: due, select: { id: true } });
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    await tx.referral.updateMany({
      where: { id: { in: ids }, ...due },
      data: {
        clientNameEnc: null,
        clientContactEnc: null,
        clientContactLookup: null,
        clientAccessibilityEnc: null,
        clientBestTimesEnc: null,
        notesEnc: null,
        referrerName: '',
        referrerEmail: '',
        referrerPhone: '',
        erasedAt: now,
      },
    });
    // Staff notes in the history may describe the client too.
    await tx.referralEvent.updateMany({ where: { referralId: { in: ids } }, data: { noteEnc: null } });
    return ids.length;
  });
}
