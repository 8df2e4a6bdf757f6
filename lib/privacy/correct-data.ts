// Correcting what a referral holds about a person: the client's name and
// contact, or the referrer's name, email and phone. The new values are
// encrypted (client) and hashed for finding (contact) exactly as the
// referral form writes them; the audit entry names the fields changed, not
// their values (docs/decisions/038).
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import { encryptOptional, encryptText } from '../crypto/index.ts';
import { clientContactLookup } from '../referrals/contact-lookup.ts';
import { referralField } from '../referrals/encrypted-fields.ts';
import type { ChangeContext } from '../staff/context.ts';
import { assertReferralAccess } from '../staff/authorization.ts';
import { normalisePhone } from '../forms/contact-match.ts';
import type { ReferralCorrection } from './schema.ts';

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export type CorrectionResult = 'corrected' | 'not-found' | 'erased' | 'bad-contact';

/** Which contact a method keeps: EMAIL an address, PHONE and TEXT a number, the others none. */
function contactFits(method: string, contact: string): boolean {
  if (method === 'EMAIL') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact);
  if (method === 'PHONE' || method === 'TEXT') return normalisePhone(contact) !== null;
  return contact === '';
}

export async function correctReferralDetails(c: ReferralCorrection, ctx: ChangeContext): Promise<CorrectionResult> {
  assertReferralAccess(ctx.actor);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; erasedAt: Date | null; clientContactMethod: string }[]>`
      SELECT id, "erasedAt", "clientContactMethod"::text AS "clientContactMethod" FROM "Referral" WHERE id = ${c.referralId} FOR UPDATE`;
    const row = rows[0];
    if (!row) return 'not-found';
    if (c.part === 'client') {
      if (row.erasedAt) return 'erased';
      if (!contactFits(row.clientContactMethod, c.contact)) return 'bad-contact';
      await tx.referral.update({
        where: { id: row.id },
        data: {
          clientNameEnc: encryptText(c.name, referralField('clientNameEnc', row.id)),
          clientContactEnc: encryptOptional(c.contact, referralField('clientContactEnc', row.id)),
          clientContactLookup: clientContactLookup(c.contact),
        },
        select: { id: true },
      });
    } else {
      await tx.referral.update({ where: { id: row.id }, data: { referrerName: c.name, referrerEmail: c.email, referrerPhone: c.phone }, select: { id: true } });
    }
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'privacy.correct',
      entityType: 'Referral',
      entityId: row.id,
      after: { part: c.part, fields: c.part === 'client' ? ['name', 'contact'] : ['name', 'email', 'phone'] },
      ip: ctx.ip,
    });
    return 'corrected';
  }, TX_OPTIONS);
}
