// What the public side of referrals reads: the group a form is for, and
// the referrer's status page. Nothing here returns client details or notes.
import 'server-only';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import type { ReferralStatus } from '../generated/prisma/enums.ts';
import { hashStatusToken, STATUS_TOKEN_PATTERN } from './reference.ts';

/** A published group to refer to, or null. */
export async function getReferralGroup(slug: string): Promise<{ slug: string; name: string } | null> {
  if (!couldBeSlug(slug)) return null;
  return db.group.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { slug: true, name: true } });
}

export type ReferralStatusView = {
  reference: string;
  status: ReferralStatus;
  createdAt: Date;
  groupName: string | null;
  linkExpiresAt: Date;
  /** Status changes only, oldest first; notes are never read. */
  history: { status: ReferralStatus; at: Date }[];
};

/** Looks the token up by its hash; null when unknown, malformed or expired. */
export async function getReferralStatusByToken(token: string, now = new Date()): Promise<ReferralStatusView | null> {
  if (!STATUS_TOKEN_PATTERN.test(token)) return null;
  const r = await db.referral.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
    select: {
      reference: true,
      status: true,
      createdAt: true,
      statusTokenExpiresAt: true,
      group: { select: { name: true } },
      events: { select: { status: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!r || r.statusTokenExpiresAt <= now) return null;
  const history: ReferralStatusView['history'] = [];
  for (const e of r.events) {
    // A note-only entry repeats the status it was made under: not a change.
    if (history.at(-1)?.status !== e.status) history.push({ status: e.status, at: e.createdAt });
  }
  return { reference: r.reference, status: r.status, createdAt: r.createdAt, groupName: r.group?.name ?? null, linkExpiresAt: r.statusTokenExpiresAt, history };
}
