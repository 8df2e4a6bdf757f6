// A referral as staff see it, with the client's details decrypted. Only
// for staff with referral access, and every opening is on the audit trail
// before anything is decrypted: reading and recording are one call, so no
// page can show the details without the record.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import { eventNoteField } from './encrypted-fields.ts';
import { opener, openClientDetails, type ClientDetails } from './client-details.ts';
import type { Attendance, ReferralStatus } from '../generated/prisma/enums.ts';
import type { ChangeContext } from '../staff/context.ts';
import { assertReferralAccess } from '../staff/authorization.ts';
import type { HistoryEvent } from './timeline.ts';

export type StaffReferral = {
  id: string;
  reference: string;
  status: ReferralStatus;
  createdAt: Date;
  closedAt: Date | null;
  erasedAt: Date | null;
  group: { name: string; slug: string } | null;
  help: { topicSlug: string | null; topicName: string | null; town: string | null; attendance: Attendance | null } | null;
  referrer: { name: string; role: string; organisation: string; email: string; phone: string };
  client: ClientDetails;
  notes: string | null;
  readiness: string[];
  consentAt: Date;
  assignedTo: { id: string; name: string } | null;
  /** True when a stored detail could not be decrypted (wrong or lost key). */
  unreadable: boolean;
  /** Oldest first; the last one's id is the version the referral page's form is drawn from. */
  events: HistoryEvent[];
};

export async function getReferralForStaff(id: string, ctx: ChangeContext): Promise<StaffReferral | null> {
  assertReferralAccess(ctx.actor);
  if (id.length > 40) return null;
  const r = await db.referral.findUnique({
    where: { id },
    select: {
      id: true, reference: true, status: true, createdAt: true, closedAt: true, erasedAt: true,
      helpTopicSlug: true, helpTown: true, helpAttendance: true,
      referrerName: true, referrerRole: true, referrerOrganisation: true, referrerEmail: true, referrerPhone: true,
      clientNameEnc: true, clientContactMethod: true, clientContactEnc: true, clientLanguage: true,
      clientAccessibilityEnc: true, clientBestTimesEnc: true, notesEnc: true, readiness: true, consentAt: true,
      group: { select: { name: true, slug: true } },
      assignedTo: { select: { id: true, name: true } },
      events: { select: { id: true, status: true, noteEnc: true, createdAt: true, actor: { select: { name: true } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!r) return null;
  const topic = !r.group && r.helpTopicSlug ? await db.topic.findUnique({ where: { slug: r.helpTopicSlug }, select: { name: true } }) : null;
  await recordAudit(db, { actor: ctx.actor, action: 'referral.view', entityType: 'Referral', entityId: r.id, ip: ctx.ip });
  let unreadable = false;
  const open = opener(() => (unreadable = true));
  const referral: Omit<StaffReferral, 'unreadable'> = {
    id: r.id,
    reference: r.reference,
    status: r.status,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    erasedAt: r.erasedAt,
    group: r.group,
    help: r.group ? null : { topicSlug: r.helpTopicSlug, topicName: topic?.name ?? null, town: r.helpTown, attendance: r.helpAttendance },
    referrer: { name: r.referrerName, role: r.referrerRole, organisation: r.referrerOrganisation, email: r.referrerEmail, phone: r.referrerPhone },
    ...openClientDetails(r, open),
    readiness: r.readiness,
    consentAt: r.consentAt,
    assignedTo: r.assignedTo,
    events: r.events.map((e) => ({ id: e.id, status: e.status, note: open(e.noteEnc, eventNoteField(e.id)), actorName: e.actor?.name ?? null, createdAt: e.createdAt })),
  };
  return { ...referral, unreadable };
}
