// Which rows hold something of a person, found by their email address or
// phone number: the one matching rule that finding, exporting and erasing
// share. Emails match whole addresses (any case) in address columns and
// anywhere in free text; phone numbers match on their digits however they
// were typed (lib/forms/contact-match.ts). A referral client's contact is
// encrypted, so it is matched by its keyed hash (lib/referrals/contact-lookup.ts).
import 'server-only';
import { db } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { decryptText, DecryptionError } from '../crypto/index.ts';
import { normaliseEmail, normalisePhone, phonePattern } from '../forms/contact-match.ts';
import { clientContactLookup, currentLookupPrefix, lookupsFor } from '../referrals/contact-lookup.ts';
import { referralField } from '../referrals/encrypted-fields.ts';
import type { PersonQuery } from './schema.ts';

export type Tx = Prisma.TransactionClient;

export type Matches = {
  /** Referrals whose client this is. */
  clientReferralIds: string[];
  /** Referrals this person sent. */
  referrerReferralIds: string[];
  outboxIds: string[];
  submissionIds: string[];
  loginAttemptIds: string[];
  staffUserIds: string[];
  groupIds: string[];
};

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/**
 * Hashes the contact of every referral that has none under the current key:
 * rows written before the lookup column existed, and rows hashed under a key
 * since rotated away. Returns how many contacts could not be decrypted (they
 * cannot be matched; the page says so).
 */
export async function refreshContactLookups(tx: Tx | typeof db = db): Promise<{ unreadable: number }> {
  const prefix = currentLookupPrefix();
  const stale = await tx.$queryRaw<{ id: string; clientContactEnc: string }[]>`
    SELECT id, "clientContactEnc" FROM "Referral"
    WHERE "clientContactEnc" IS NOT NULL AND ("clientContactLookup" IS NULL OR left("clientContactLookup", ${prefix.length}) <> ${prefix})`;
  let unreadable = 0;
  for (const row of stale) {
    let contact: string;
    try {
      contact = decryptText(row.clientContactEnc, referralField('clientContactEnc', row.id));
    } catch (err) {
      if (!(err instanceof DecryptionError)) throw err;
      unreadable += 1;
      continue;
    }
    await tx.referral.update({ where: { id: row.id }, data: { clientContactLookup: clientContactLookup(contact) }, select: { id: true } });
  }
  return { unreadable };
}

export async function matchPerson(tx: Tx | typeof db, q: PersonQuery): Promise<Matches> {
  const email = q.email ? normaliseEmail(q.email) : null;
  const digits = q.phone ? normalisePhone(q.phone) : null;
  const phone = digits ? phonePattern(digits) : null;
  const lookups = lookupsFor({ email, phone: digits });

  const [clients, referrers, outbox, submissions, attempts, staff, groups] = await Promise.all([
    lookups.length === 0 ? [] : tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Referral" WHERE "clientContactLookup" = ANY(${lookups}::text[]) ORDER BY "createdAt", id`,
    tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Referral"
      WHERE (${email}::text IS NOT NULL AND lower("referrerEmail"::text) = ${email}::text)
         OR (${phone}::text IS NOT NULL AND "referrerPhone" ~* ${phone}::text)
      ORDER BY "createdAt", id`,
    tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "OutboxMessage"
      WHERE (${email}::text IS NOT NULL AND (lower("to") = ${email}::text OR lower(coalesce("replyTo", '')) = ${email}::text
             OR strpos(lower(subject), ${email}::text) > 0 OR strpos(lower(text), ${email}::text) > 0))
         OR (${phone}::text IS NOT NULL AND (subject ~* ${phone}::text OR text ~* ${phone}::text))
      ORDER BY "createdAt", id`,
    tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Submission"
      WHERE (${email}::text IS NOT NULL AND (lower("submitterEmail"::text) = ${email}::text
             OR strpos(lower(payload::text), ${email}::text) > 0 OR strpos(lower(message), ${email}::text) > 0))
         OR (${phone}::text IS NOT NULL AND (payload::text ~* ${phone}::text OR message ~* ${phone}::text))
      ORDER BY "createdAt", id`,
    email === null ? [] : tx.$queryRaw<{ id: string }[]>`SELECT id FROM "LoginAttempt" WHERE lower(email::text) = ${email}::text ORDER BY "createdAt", id`,
    email === null ? [] : tx.$queryRaw<{ id: string }[]>`SELECT id FROM "StaffUser" WHERE lower(email::text) = ${email}::text ORDER BY id`,
    tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Group"
      WHERE (${email}::text IS NOT NULL AND (lower(coalesce(email, '')) = ${email}::text OR lower(coalesce("privateContactEmail", '')) = ${email}::text))
         OR (${phone}::text IS NOT NULL AND (coalesce(phone, '') ~* ${phone}::text OR coalesce("privateContactPhone", '') ~* ${phone}::text))
      ORDER BY "sortName", id`,
  ]);
  return {
    clientReferralIds: ids(clients),
    referrerReferralIds: ids(referrers),
    outboxIds: ids(outbox),
    submissionIds: ids(submissions),
    loginAttemptIds: ids(attempts),
    staffUserIds: ids(staff),
    groupIds: ids(groups),
  };
}

/** How many of each, for the audit trail and the page: counts and record ids only, never a value. */
export function countMatches(m: Matches) {
  return {
    referralsAsClient: m.clientReferralIds.length,
    referralsAsReferrer: m.referrerReferralIds.length,
    messages: m.outboxIds.length,
    submissions: m.submissionIds.length,
    loginAttempts: m.loginAttemptIds.length,
    staffAccounts: m.staffUserIds.length,
    listings: m.groupIds.length,
  };
}
