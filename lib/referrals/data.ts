// Referrals: creating one from the public form and changing its status
// from the staff console. Client details are encrypted before they reach
// the database (lib/crypto); mail goes through the outbox in the same
// transaction and is handed to the worker after commit.
import 'server-only';
import { db } from '../db.ts';
import { env } from '../env.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ReferralStatus } from '../generated/prisma/enums.ts';
import { encryptOptional, encryptText } from '../crypto/index.ts';
import { queueMailDelivery } from '../jobs/queue.ts';
import { intakeMail, referralUpdateMail, referrerReceivedMail, type Site } from '../mail/referral-messages.ts';
import { hashStatusToken, newReference, newStatusToken } from './reference.ts';
import { newRecordId } from '../crypto/record-id.ts';
import { eventNoteField, referralField } from './encrypted-fields.ts';
import { clientContactLookup } from './contact-lookup.ts';
import { CLOSED_STATUSES } from './status-words.ts';
import type { ReferralInput } from './schema.ts';
import { enqueueMail, type OutgoingMail } from '../mail/outbox-data.ts';
import { mailDigest } from '../mail/mail-digest.ts';
import { canMoveReferral } from './staff-schema.ts';
import { CONFIRMATION_LIMITS, consumeLimit } from '../abuse/rate-limit.ts';

export { getReferralForStaff, type StaffReferral } from './staff-view-data.ts';

export type CreateReferralResult =
  | { status: 'created'; referral: { id: string; reference: string }; statusToken: string; outboxIds: string[] }
  | { status: 'existing'; referral: { id: string; reference: string } }
  | { status: 'unknown-group' }
  | { status: 'unknown-topic' };

// 50 identical submissions at once queue for ten pooled connections.
const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };
const DAY_MS = 86_400_000;

function site(): Site {
  const e = env();
  return { url: e.SITE_URL, name: e.SITE_NAME, phone: e.CLEARINGHOUSE_PHONE };
}

const findByKey = (idempotencyKey: string) =>
  db.referral.findUnique({ where: { idempotencyKey }, select: { id: true, reference: true } });

/** The referral a form with this idempotency key already created, if any. */
export const findReferralByIdempotencyKey = findByKey;

const isUniqueViolation = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';

/**
 * Creates the referral, its first history entry and both messages in one
 * transaction. The same idempotency key always yields the same referral,
 * also when submissions race (the unique index decides, the losers read
 * the winner's row).
 */
export async function createReferral(input: ReferralInput, idempotencyKey: string, now = new Date()): Promise<CreateReferralResult> {
  const existing = await findByKey(idempotencyKey);
  if (existing) return { status: 'existing', referral: existing };

  const group = input.groupSlug
    ? await db.group.findFirst({ where: { slug: input.groupSlug, status: 'PUBLISHED' }, select: { id: true, name: true, slug: true } })
    : null;
  if (input.groupSlug && !group) return { status: 'unknown-group' };
  const topic = input.helpTopicSlug ? await db.topic.findUnique({ where: { slug: input.helpTopicSlug }, select: { name: true } }) : null;
  if (input.helpTopicSlug && !topic) return { status: 'unknown-topic' };

  const e = env();
  // The id comes first: each encrypted value is bound to its row.
  const id = newRecordId();
  const encrypted = {
    clientNameEnc: encryptText(input.clientName, referralField('clientNameEnc', id)),
    clientContactEnc: encryptOptional(input.clientContact, referralField('clientContactEnc', id)),
    clientAccessibilityEnc: encryptOptional(input.clientAccessibility, referralField('clientAccessibilityEnc', id)),
    clientBestTimesEnc: encryptOptional(input.clientBestTimes, referralField('clientBestTimesEnc', id)),
    notesEnc: encryptOptional(input.notes, referralField('notesEnc', id)),
    clientContactLookup: clientContactLookup(input.clientContact),
  };
  const linkExpiresAt = new Date(now.getTime() + e.REFERRAL_STATUS_LINK_DAYS * DAY_MS);

  for (let attempt = 1; ; attempt++) {
    const reference = newReference();
    const statusToken = newStatusToken();
    try {
      const created = await db.$transaction(async (tx) => {
        const referral = await tx.referral.create({
          data: {
            id,
            reference,
            idempotencyKey,
            status: 'NEW',
            groupId: group?.id ?? null,
            helpTopicSlug: input.helpTopicSlug,
            helpTown: input.helpTown,
            helpAttendance: input.helpAttendance,
            referrerName: input.referrerName,
            referrerRole: input.referrerRole,
            referrerOrganisation: input.referrerOrganisation,
            referrerEmail: input.referrerEmail,
            referrerPhone: input.referrerPhone,
            clientContactMethod: input.clientContactMethod,
            clientLanguage: input.clientLanguage,
            readiness: input.readiness,
            consentAt: now,
            statusTokenHash: hashStatusToken(statusToken),
            statusTokenExpiresAt: linkExpiresAt,
            createdAt: now,
            ...encrypted,
            events: { create: { status: 'NEW', createdAt: now } },
          },
          select: { id: true, reference: true },
        });
        const summary = {
          ...referral,
          group: group && { name: group.name, slug: group.slug },
          help: group ? null : { topicName: topic?.name ?? null, attendance: input.helpAttendance },
          referrer: { name: input.referrerName, role: input.referrerRole, organisation: input.referrerOrganisation, email: input.referrerEmail, phone: input.referrerPhone },
        };
        const statusUrl = new URL(`/referrals/status/${statusToken}`, e.SITE_URL).toString();
        const outboxIds = [await enqueueMail(tx, intakeMail(summary, site(), e.INTAKE_EMAIL))];
        return { referral, outboxIds, summary, statusUrl };
      }, TX_OPTIONS);
      // Counted only once this submission is the one that made the referral,
      // and outside its transaction (the count uses a connection of its own).
      if (await mayConfirmTo(input.referrerEmail)) {
        created.outboxIds.push(await enqueueMail(db, referrerReceivedMail(created.summary, site(), created.statusUrl, linkExpiresAt)));
      }
      await queueMailDelivery(created.outboxIds);
      return { status: 'created', referral: created.referral, statusToken, outboxIds: created.outboxIds };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await findByKey(idempotencyKey);
      if (winner) return { status: 'existing', referral: winner };
      // Otherwise the random reference collided: draw another.
      if (attempt >= 5) throw err;
    }
  }
}

export type StatusChange = { reference: string; status: ReferralStatus; closedAt: Date | null; changed: boolean };

/**
 * What staff working a referral expect, checked under the row's lock:
 * - `lastEventId`: the newest history entry their form was drawn from (the
 *   referral's own id while it has none); if
 *   anything was added since (a second press of the same button, a
 *   colleague's change) nothing is written and nothing is mailed;
 * - `confirmedMail`: the digest of the referrer's message they were shown
 *   and accepted; a change that mails is written only with the digest of
 *   exactly the message it would queue;
 * - the workflow (NEXT_STATUSES);
 * - `audit`, written in the same transaction as the change.
 */
export type StaffChangeCheck = {
  lastEventId: string;
  confirmedMail: string | null;
  audit: (tx: Prisma.TransactionClient, before: { status: ReferralStatus }, after: { status: ReferralStatus; closedAt: Date | null; noted: boolean; mailed: boolean }) => Promise<void>;
};

export type CheckedChange =
  | { kind: 'not-found' }
  /** `version`: the newest history entry now. */
  | { kind: 'stale'; status: ReferralStatus; version: string }
  | { kind: 'transition'; from: ReferralStatus; to: ReferralStatus }
  /** Same status and no note: nothing to record. */
  | { kind: 'nothing'; reference: string; closedAt: Date | null }
  /** Nothing written: this message would go to the referrer, and staff have not confirmed it. */
  | { kind: 'confirm'; mail: OutgoingMail; digest: string }
  | { kind: 'done'; change: StatusChange; mailed: boolean };

/**
 * Changes a referral's status (null: keeps it) and may add a note. One
 * transaction: status and closedAt, a history entry, and the referrer's
 * update mail when the status really changed.
 */
async function changeLocked(
  referralId: string,
  wanted: ReferralStatus | null,
  { actorId, note }: { actorId: string | null; note?: string | null },
  now: Date,
  check?: StaffChangeCheck,
): Promise<CheckedChange> {
  const trimmedNote = note?.trim() || null;
  const result = await db.$transaction(async (tx): Promise<CheckedChange & { outboxId?: string | null }> => {
    const rows = await tx.$queryRaw<{ status: ReferralStatus; closedAt: Date | null; reference: string; referrerName: string; referrerEmail: string; statusTokenExpiresAt: Date; lastEventId: string }[]>`
      SELECT status::text AS status, "closedAt", reference, "referrerName", "referrerEmail"::text AS "referrerEmail", "statusTokenExpiresAt",
        COALESCE((SELECT e.id FROM "ReferralEvent" e WHERE e."referralId" = r.id ORDER BY e."createdAt" DESC, e.id DESC LIMIT 1), r.id) AS "lastEventId"
      FROM "Referral" r WHERE id = ${referralId} FOR UPDATE`;
    const row = rows[0];
    if (!row) return { kind: 'not-found' };
    if (check && row.lastEventId !== check.lastEventId) return { kind: 'stale', status: row.status, version: row.lastEventId };
    const status = wanted ?? row.status;
    const changed = row.status !== status;
    if (check && changed && !canMoveReferral(row.status, status)) return { kind: 'transition', from: row.status, to: status };
    const closedAt = CLOSED_STATUSES.includes(status) ? (row.closedAt ?? now) : null;
    if (!changed && !trimmedNote) return { kind: 'nothing', reference: row.reference, closedAt: row.closedAt };
    // After retention the referrer's address is gone: there is no one to tell.
    const mail = changed && row.referrerEmail
      ? referralUpdateMail({ reference: row.reference, referrerName: row.referrerName, referrerEmail: row.referrerEmail, linkExpiresAt: row.statusTokenExpiresAt }, status, site())
      : null;
    if (check && mail && check.confirmedMail !== mailDigest(mail)) return { kind: 'confirm', mail, digest: mailDigest(mail) };
    await tx.referral.update({ where: { id: referralId }, data: { status, closedAt }, select: { id: true } });
    const eventId = newRecordId();
    await tx.referralEvent.create({ data: { id: eventId, referralId, status, noteEnc: encryptOptional(trimmedNote, eventNoteField(eventId)), actorId, createdAt: now }, select: { id: true } });
    const outboxId = mail ? await enqueueMail(tx, mail) : null;
    await check?.audit(tx, { status: row.status }, { status, closedAt, noted: trimmedNote !== null, mailed: outboxId !== null });
    return { kind: 'done', change: { reference: row.reference, status, closedAt, changed }, mailed: outboxId !== null, outboxId };
  }, TX_OPTIONS);
  if (result.kind === 'done' && result.outboxId) await queueMailDelivery([result.outboxId]);
  if (result.kind !== 'done') return result;
  return { kind: 'done', change: result.change, mailed: result.mailed };
}

/** The change staff make from the referral page, with the checks of StaffChangeCheck. */
export function changeReferralChecked(referralId: string, status: ReferralStatus | null, who: { actorId: string; note: string }, check: StaffChangeCheck, now = new Date()): Promise<CheckedChange> {
  return changeLocked(referralId, status, who, now, check);
}

/**
 * Sets a status without the staff checks (scripts, tests of retention and
 * the lifecycle). Null when there is no such referral.
 */
export async function changeReferralStatus(
  referralId: string,
  status: ReferralStatus,
  who: { actorId: string | null; note?: string | null },
  now = new Date(),
): Promise<StatusChange | null> {
  const result = await changeLocked(referralId, status, who, now);
  if (result.kind === 'not-found') return null;
  if (result.kind === 'done') return result.change;
  if (result.kind === 'nothing') return { reference: result.reference, status, closedAt: result.closedAt, changed: false };
  throw new Error(`unexpected outcome ${result.kind} of an unchecked change`);
}

/**
 * Whether the referrer's confirmation may be sent (CONFIRMATION_LIMITS).
 * When the count cannot be kept, no: a missing confirmation loses nothing,
 * the referral is kept either way.
 */
async function mayConfirmTo(address: string): Promise<boolean> {
  for (const [rule, key] of [[CONFIRMATION_LIMITS.perAddress, address], [CONFIRMATION_LIMITS.perDay, 'all']] as const) {
    if (!(await consumeLimit(rule, key)).ok) return false;
  }
  return true;
}
