// Public side of submissions: the listing a correction starts from, and
// storing a proposal once however often the form is sent.
import 'server-only';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ListingForProposal } from './proposal.ts';
import type { SubmissionInput } from './schema.ts';

/** The published listing's public facts and every meeting, or null. */
export async function getListingForCorrection(slug: string): Promise<(ListingForProposal & { slug: string }) | null> {
  if (!couldBeSlug(slug)) return null;
  const row = await db.group.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      slug: true, name: true, summary: true, description: true, whoMayAttend: true, costKind: true, languages: true,
      phone: true, email: true, website: true,
      topics: { select: { topic: { select: { slug: true } } } },
      meetings: {
        select: { id: true, attendance: true, recurrence: true, weekdays: true, monthWeek: true, startTime: true, endTime: true, venueName: true, addressLine1: true, town: true, postalCode: true, onlineUrl: true },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      },
    },
  });
  return row && { ...row, topics: row.topics.map((t) => t.topic) };
}

export type CreateSubmissionResult = { status: 'created' | 'existing'; id: string } | { status: 'unknown-group' } | { status: 'unknown-meeting'; rows: number[] };

export async function createSubmission(input: SubmissionInput): Promise<CreateSubmissionResult> {
  const existing = await db.submission.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  if (existing) return { status: 'existing', id: existing.id };
  let groupId: string | null = null;
  if (input.kind !== 'NEW_GROUP') {
    const group = await db.group.findFirst({ where: { slug: input.groupSlug, status: 'PUBLISHED' }, select: { id: true, meetings: { select: { id: true } } } });
    if (!group) return { status: 'unknown-group' };
    groupId = group.id;
    // A correction speaks only of this listing's meetings (one removed meanwhile, or another group's, is refused).
    const own = new Set(group.meetings.map((m) => m.id));
    const rows = (input.proposal?.meetings ?? []).flatMap((m, i) => (m.ref && !own.has(m.ref) ? [i] : []));
    if (rows.length > 0) return { status: 'unknown-meeting', rows };
  }
  try {
    const row = await db.submission.create({
      data: {
        idempotencyKey: input.idempotencyKey,
        kind: input.kind,
        groupId,
        payload: (input.proposal ?? {}) as Prisma.InputJsonValue,
        message: input.message,
        submitterName: input.submitterName,
        submitterEmail: input.submitterEmail,
      },
      select: { id: true },
    });
    return { status: 'created', id: row.id };
  } catch (e) {
    // The same form sent twice at once: the first insert wins.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
      const again = await db.submission.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
      if (again) return { status: 'existing', id: again.id };
    }
    throw e;
  }
}
