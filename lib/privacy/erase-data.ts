// Erasing everything held about a person, in one transaction with its audit
// entry: either all of it goes and the trail says so, or nothing changes.
// The entry keeps that an erasure happened, by whom and how many records of
// each kind, never what was erased (docs/decisions/038).
//   - A referral whose client this is keeps its statistics (status, dates,
//     group, readiness, the referrer) and loses the client's details, the
//     notes and the history notes, as retention does (decision 024).
//   - A referral this person sent loses the referrer's name, email and phone.
//   - Mail to, from or mentioning them, their submissions and the sign-in
//     attempts typed with their address are deleted: each is theirs alone.
//   - Staff accounts and group listings are not erased here: an
//     administrator disables an account (its audit entries must keep their
//     actor), and a listing's contact is changed in the listing editor. The
//     page says so.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { ChangeContext } from '../staff/context.ts';
import { assertReferralAccess } from '../staff/authorization.ts';
import { countMatches, matchPerson, refreshContactLookups } from './match-data.ts';
import type { PersonQuery } from './schema.ts';

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export type ErasureCounts = { referrals: number; messages: number; submissions: number; loginAttempts: number };

export async function erasePersonalData(q: PersonQuery, ctx: ChangeContext, now = new Date()): Promise<ErasureCounts> {
  assertReferralAccess(ctx.actor);
  return db.$transaction(async (tx) => {
    await refreshContactLookups(tx);
    const m = await matchPerson(tx, q);
    // Rows change under us only through this transaction from here on.
    const referralIds = [...new Set([...m.clientReferralIds, ...m.referrerReferralIds])];
    if (referralIds.length > 0) await tx.$queryRaw`SELECT id FROM "Referral" WHERE id = ANY(${referralIds}::text[]) FOR UPDATE`;
    if (m.clientReferralIds.length > 0) {
      await tx.referral.updateMany({
        where: { id: { in: m.clientReferralIds } },
        data: {
          clientNameEnc: null, clientContactEnc: null, clientContactLookup: null, clientAccessibilityEnc: null,
          clientBestTimesEnc: null, notesEnc: null, clientLanguage: '', erasedAt: now,
        },
      });
      await tx.referralEvent.updateMany({ where: { referralId: { in: m.clientReferralIds } }, data: { noteEnc: null } });
    }
    if (m.referrerReferralIds.length > 0) {
      await tx.referral.updateMany({ where: { id: { in: m.referrerReferralIds } }, data: { referrerName: '', referrerEmail: '', referrerPhone: '' } });
    }
    const messages = await tx.outboxMessage.deleteMany({ where: { id: { in: m.outboxIds } } });
    const submissions = await tx.submission.deleteMany({ where: { id: { in: m.submissionIds } } });
    const attempts = await tx.loginAttempt.deleteMany({ where: { id: { in: m.loginAttemptIds } } });
    const counts: ErasureCounts = { referrals: referralIds.length, messages: messages.count, submissions: submissions.count, loginAttempts: attempts.count };
    const found = countMatches(m);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'privacy.erase',
      entityType: 'PersonalData',
      after: { erased: { ...counts, referralsAsClient: found.referralsAsClient, referralsAsReferrer: found.referralsAsReferrer }, referralIds, keptStaffAccounts: found.staffAccounts, keptListings: found.listings },
      ip: ctx.ip,
    });
    return counts;
  }, TX_OPTIONS);
}
