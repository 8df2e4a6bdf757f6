// The staff listings table: every group whatever its status, searchable by
// name and filtered by status, topic, town and how long since it was checked.
import 'server-only';
import { db } from '../db.ts';
import type { GroupStatus } from '../generated/prisma/enums.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { staleBefore } from './freshness.ts';
import { STAFF_PAGE_SIZE, type ListingFilters } from './staff-list-schema.ts';

export type StaffListingRow = {
  id: string;
  slug: string;
  name: string;
  status: GroupStatus;
  towns: string[];
  updatedAt: Date;
  lastVerifiedAt: Date | null;
};

export type StaffListingPage = { rows: StaffListingRow[]; total: number; page: number; pageCount: number; requestedPage: number };

/** Not checked for a year or more (or never): the "needs verifying" filter; the rule lives in freshness.ts. */
export { staleBefore };

function whereOf(f: ListingFilters, now: Date): Prisma.GroupWhereInput {
  const and: Prisma.GroupWhereInput[] = [];
  if (f.q) and.push({ name: { contains: f.q, mode: 'insensitive' } });
  if (f.status) and.push({ status: f.status });
  if (f.topic) and.push({ topics: { some: { topic: { slug: f.topic } } } });
  if (f.town) and.push({ meetings: { some: { town: { equals: f.town, mode: 'insensitive' } } } });
  if (f.stale) and.push({ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: staleBefore(now) } }] });
  return { AND: and };
}

function orderOf(sort: ListingFilters['sort']): Prisma.GroupOrderByWithRelationInput[] {
  if (sort === 'updated') return [{ updatedAt: 'desc' }, { id: 'asc' }];
  // Oldest check first: the listings most in need of a call come to the top.
  if (sort === 'verified') return [{ lastVerifiedAt: { sort: 'asc', nulls: 'first' } }, { sortName: 'asc' }, { id: 'asc' }];
  return [{ sortName: 'asc' }, { id: 'asc' }];
}

export async function listGroupsForStaff(f: ListingFilters, now = new Date()): Promise<StaffListingPage> {
  const where = whereOf(f, now);
  const total = await db.group.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = await db.group.findMany({
    where,
    orderBy: orderOf(f.sort),
    skip: (page - 1) * STAFF_PAGE_SIZE,
    take: STAFF_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      updatedAt: true,
      lastVerifiedAt: true,
      meetings: { select: { town: true }, orderBy: { position: 'asc' } },
    },
  });
  return {
    rows: rows.map(({ meetings, ...r }) => ({ ...r, towns: [...new Set(meetings.flatMap((m) => (m.town ? [m.town] : [])))] })),
    total,
    page,
    pageCount,
    requestedPage: f.page,
  };
}

/** Towns where meetings are held, A–Z, for the town filter. */
export async function listMeetingTowns(): Promise<string[]> {
  const rows = await db.meeting.findMany({ where: { town: { not: null } }, select: { town: true }, distinct: ['town'], orderBy: { town: 'asc' } });
  return rows.flatMap((r) => (r.town ? [r.town] : []));
}

export type TopicOption = { id: string; slug: string; name: string };

export async function listTopicOptions(): Promise<TopicOption[]> {
  return db.topic.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: 'asc' } });
}

export async function listOrganizationOptions(): Promise<{ id: string; name: string }[]> {
  return db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
