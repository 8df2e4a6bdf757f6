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
import { enqueueMail } from '../mail/outbox-data.ts';
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
 * Staff change a referral's status (and may add a note). One transaction:
 * status and closedAt, a history entry, and the referrer's update mail when
 * the status really changed. Null when there is no such referral.
 */
export async function changeReferralStatus(
  referralId: string,
  status: ReferralStatus,
  { actorId, note }: { actorId: string | null; note?: string | null },
  now = new Date(),
): Promise<StatusChange | null> {
  const trimmedNote = note?.trim() || null;
  const result = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: ReferralStatus; closedAt: Date | null; reference: string; referrerName: string; referrerEmail: string; statusTokenExpiresAt: Date }[]>`
      SELECT status::text AS status, "closedAt", reference, "referrerName", "referrerEmail"::text AS "referrerEmail", "statusTokenExpiresAt"
      FROM "Referral" WHERE id = ${referralId} FOR UPDATE`;
    const row = rows[0];
    if (!row) return null;
    const changed = row.status !== status;
    const closedAt = CLOSED_STATUSES.includes(status) ? (row.closedAt ?? now) : null;
    if (!changed && !trimmedNote) return { change: { reference: row.reference, status, closedAt: row.closedAt, changed }, outboxId: null };
    await tx.referral.update({ where: { id: referralId }, data: { status, closedAt }, select: { id: true } });
    const eventId = newRecordId();
    await tx.referralEvent.create({ data: { id: eventId, referralId, status, noteEnc: encryptOptional(trimmedNote, eventNoteField(eventId)), actorId, createdAt: now }, select: { id: true } });
    // After retention the referrer's address is gone: there is no one to tell.
    const outboxId = changed && row.referrerEmail
      ? await enqueueMail(tx, referralUpdateMail({ reference: row.reference, referrerName: row.referrerName, referrerEmail: row.referrerEmail, linkExpiresAt: row.statusTokenExpiresAt }, status, site()))
      : null;
    return { change: { reference: row.reference, status, closedAt, changed }, outboxId };
  }, TX_OPTIONS);
  if (!result) return null;
  if (result.outboxId) await queueMailDelivery([result.outboxId]);
  return result.change;
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
