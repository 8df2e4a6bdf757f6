// Referrals as staff see them. getReferralForStaff decrypts the client's
// details; callers record the view in the audit log. The list never
// carries client details.
import 'server-only';
import { db } from '../db.ts';
import { decryptText, DecryptionError, type FieldContext } from '../crypto/index.ts';
import { eventNoteField, referralField } from './encrypted-fields.ts';
import type { Attendance, ClientContactMethod, ReferralStatus } from '../generated/prisma/enums.ts';

export type StaffReferral = {
  id: string;
  reference: string;
  status: ReferralStatus;
  createdAt: Date;
  closedAt: Date | null;
  erasedAt: Date | null;
  group: { name: string; slug: string } | null;
  help: { topicSlug: string | null; town: string | null; attendance: Attendance | null } | null;
  referrer: { name: string; role: string; organisation: string; email: string; phone: string };
  client: {
    name: string | null;
    contactMethod: ClientContactMethod;
    contact: string | null;
    language: string;
    accessibility: string | null;
    bestTimes: string | null;
  };
  notes: string | null;
  readiness: string[];
  consentAt: Date;
  assignedTo: { id: string; name: string } | null;
  /** True when a stored detail could not be decrypted (wrong or lost key). */
  unreadable: boolean;
  events: { id: string; status: ReferralStatus; note: string | null; actorName: string | null; createdAt: Date }[];
};

function opener() {
  let unreadable = false;
  const open = (enc: string | null, context: FieldContext): string | null => {
    if (!enc) return null;
    try {
      return decryptText(enc, context);
    } catch (err) {
      if (!(err instanceof DecryptionError)) throw err;
      unreadable = true;
      return null;
    }
  };
  return { open, unreadable: () => unreadable };
}

export async function getReferralForStaff(id: string): Promise<StaffReferral | null> {
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
  const { open, unreadable } = opener();
  const referral: Omit<StaffReferral, 'unreadable'> = {
    id: r.id,
    reference: r.reference,
    status: r.status,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    erasedAt: r.erasedAt,
    group: r.group,
    help: r.group ? null : { topicSlug: r.helpTopicSlug, town: r.helpTown, attendance: r.helpAttendance },
    referrer: { name: r.referrerName, role: r.referrerRole, organisation: r.referrerOrganisation, email: r.referrerEmail, phone: r.referrerPhone },
    client: {
      name: open(r.clientNameEnc, referralField('clientNameEnc', r.id)),
      contactMethod: r.clientContactMethod,
      contact: open(r.clientContactEnc, referralField('clientContactEnc', r.id)),
      language: r.clientLanguage,
      accessibility: open(r.clientAccessibilityEnc, referralField('clientAccessibilityEnc', r.id)),
      bestTimes: open(r.clientBestTimesEnc, referralField('clientBestTimesEnc', r.id)),
    },
    notes: open(r.notesEnc, referralField('notesEnc', r.id)),
    readiness: r.readiness,
    consentAt: r.consentAt,
    assignedTo: r.assignedTo,
    events: r.events.map((e) => ({ id: e.id, status: e.status, note: open(e.noteEnc, eventNoteField(e.id)), actorName: e.actor?.name ?? null, createdAt: e.createdAt })),
  };
  return { ...referral, unreadable: unreadable() };
}

export type StaffReferralListItem = {
  id: string;
  reference: string;
  status: ReferralStatus;
  createdAt: Date;
  closedAt: Date | null;
  groupName: string | null;
  helpTopicSlug: string | null;
  referrerName: string;
  referrerOrganisation: string;
};

export const STAFF_REFERRAL_PAGE_SIZE = 50;

/** Newest first; optionally one status. No client details. */
export async function listReferralsForStaff({ status, page = 1 }: { status?: ReferralStatus; page?: number } = {}) {
  const where = status ? { status } : {};
  const total = await db.referral.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / STAFF_REFERRAL_PAGE_SIZE));
  const current = Number.isInteger(page) ? Math.min(Math.max(page, 1), pageCount) : 1;
  const rows = await db.referral.findMany({
    where,
    select: { id: true, reference: true, status: true, createdAt: true, closedAt: true, helpTopicSlug: true, referrerName: true, referrerOrganisation: true, group: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * STAFF_REFERRAL_PAGE_SIZE,
    take: STAFF_REFERRAL_PAGE_SIZE,
  });
  const items: StaffReferralListItem[] = rows.map(({ group, ...r }) => ({ ...r, groupName: group?.name ?? null }));
  return { items, total, page: current, pageCount };
}
