// Everything the directory holds about a person, for staff with referral
// access answering a request (docs/decisions/038). The audit entry is
// written before anything is decrypted, in the same call, as for a single
// referral (decision 025); it names the records found, never the email,
// phone or any value.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import { eventNoteField } from '../referrals/encrypted-fields.ts';
import { opener, openClientDetails, type ClientDetails } from '../referrals/client-details.ts';
import { hideOneTimeLinks } from '../mail/one-time-link.ts';
import type { ChangeContext } from '../staff/context.ts';
import { assertReferralAccess } from '../staff/authorization.ts';
import { countMatches, matchPerson, refreshContactLookups, type Matches } from './match-data.ts';
import type { PersonQuery } from './schema.ts';

export type FoundReferral = {
  id: string;
  reference: string;
  status: string;
  createdAt: Date;
  closedAt: Date | null;
  erasedAt: Date | null;
  /** How this person appears in it. */
  as: ('client' | 'referrer')[];
  group: string | null;
  client: ClientDetails;
  notes: string | null;
  referrer: { name: string; role: string; organisation: string; email: string; phone: string };
  history: { status: string; note: string | null; at: Date }[];
};

export type PersonalData = {
  counts: ReturnType<typeof countMatches>;
  referrals: FoundReferral[];
  messages: { id: string; kind: string; to: string; replyTo: string | null; subject: string; text: string; createdAt: Date; sentAt: Date | null }[];
  submissions: { id: string; kind: string; status: string; submitterName: string; submitterEmail: string; message: string; payload: unknown; createdAt: Date }[];
  loginAttempts: { id: string; createdAt: Date; ip: string; success: boolean; reason: string }[];
  staffAccounts: { id: string; name: string; email: string; role: string; disabledAt: Date | null }[];
  listings: { id: string; slug: string; name: string; status: string }[];
  /** Encrypted details that no configured key opens: they could not be searched or shown. */
  unreadable: number;
};

export type FindPurpose = 'privacy.search' | 'privacy.view' | 'privacy.export';

async function loadReferrals(m: Matches, note: () => void): Promise<FoundReferral[]> {
  const clientIds = new Set(m.clientReferralIds);
  const referrerIds = new Set(m.referrerReferralIds);
  const all = [...new Set([...clientIds, ...referrerIds])];
  if (all.length === 0) return [];
  const rows = await db.referral.findMany({
    where: { id: { in: all } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true, reference: true, status: true, createdAt: true, closedAt: true, erasedAt: true,
      referrerName: true, referrerRole: true, referrerOrganisation: true, referrerEmail: true, referrerPhone: true,
      clientNameEnc: true, clientContactMethod: true, clientContactEnc: true, clientLanguage: true, clientAccessibilityEnc: true, clientBestTimesEnc: true, notesEnc: true,
      group: { select: { name: true } },
      events: { select: { id: true, status: true, noteEnc: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  const open = opener(note);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    erasedAt: r.erasedAt,
    as: [...(clientIds.has(r.id) ? ['client' as const] : []), ...(referrerIds.has(r.id) ? ['referrer' as const] : [])],
    group: r.group?.name ?? null,
    ...openClientDetails(r, open),
    referrer: { name: r.referrerName, role: r.referrerRole, organisation: r.referrerOrganisation, email: r.referrerEmail, phone: r.referrerPhone },
    history: r.events.map((e) => ({ status: e.status, note: open(e.noteEnc, eventNoteField(e.id)), at: e.createdAt })),
  }));
}

/**
 * Finds, records and returns everything held about the person. `purpose`
 * names the audit entry: the search itself, a later look at the results,
 * or the export.
 */
export async function findPersonalData(q: PersonQuery, ctx: ChangeContext, purpose: FindPurpose): Promise<PersonalData> {
  assertReferralAccess(ctx.actor);
  let { unreadable } = await refreshContactLookups();
  const m = await matchPerson(db, q);
  const counts = countMatches(m);
  await recordAudit(db, {
    actor: ctx.actor,
    action: purpose,
    entityType: 'PersonalData',
    after: { searchedBy: [...(q.email ? ['email'] : []), ...(q.phone ? ['phone'] : [])], found: counts, referralIds: [...new Set([...m.clientReferralIds, ...m.referrerReferralIds])] },
    ip: ctx.ip,
  });
  const referrals = await loadReferrals(m, () => (unreadable += 1));
  const [messages, submissions, loginAttempts, staffAccounts, listings] = await Promise.all([
    db.outboxMessage.findMany({ where: { id: { in: m.outboxIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, to: true, replyTo: true, subject: true, text: true, createdAt: true, sentAt: true } }),
    db.submission.findMany({ where: { id: { in: m.submissionIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, status: true, submitterName: true, submitterEmail: true, message: true, payload: true, createdAt: true } }),
    db.loginAttempt.findMany({ where: { id: { in: m.loginAttemptIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, createdAt: true, ip: true, success: true, reason: true } }),
    db.staffUser.findMany({ where: { id: { in: m.staffUserIds } }, orderBy: { id: 'asc' }, select: { id: true, name: true, email: true, role: true, disabledAt: true } }),
    db.group.findMany({ where: { id: { in: m.groupIds } }, orderBy: [{ sortName: 'asc' }, { id: 'asc' }], select: { id: true, slug: true, name: true, status: true } }),
  ]);
  return {
    counts,
    referrals,
    // One-time links stay the recipient's alone (decision 024), here too.
    messages: messages.map((msg) => ({ ...msg, text: hideOneTimeLinks(msg.text) })),
    submissions,
    loginAttempts,
    staffAccounts,
    listings,
    unreadable,
  };
}
