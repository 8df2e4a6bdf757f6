// Reads of the published directory for the open-data API, exports and feeds.
// Only PUBLISHED groups, and selects that never name the staff-only
// privateContact* columns. Ids in the API are derived (ids.ts), so a look-up
// by id compares the derived ids of the candidates (decision 029).
import 'server-only';
import { Prisma } from '../generated/prisma/client.ts';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import { publicGroupFields, publicMeetingSelect } from '../listings/group-detail.ts';
import { isUuid, organizationId, ownOrganizationId, serviceAtLocationId, serviceId, taxonomyTermId } from './ids.ts';
import type { OpenGroup, OpenTopic } from './source.ts';

const meetingSelect = { ...publicMeetingSelect, updatedAt: true } as const satisfies Prisma.MeetingSelect;

/** A listing's meetings in its own order: a service_at_location id follows the place (ids.ts). */
const meetingOrder = [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] as const satisfies Prisma.MeetingOrderByWithRelationInput[];

const topicSelect = { id: true, slug: true, name: true, description: true, updatedAt: true } as const satisfies Prisma.TopicSelect;

const groupSelect = {
  ...publicGroupFields,
  externalId: true,
  updatedAt: true,
  organization: { select: { id: true, name: true, description: true, website: true, email: true, phone: true, updatedAt: true } },
  topics: { select: { topic: { select: topicSelect } }, orderBy: { topic: { name: 'asc' } } },
  meetings: { select: meetingSelect, orderBy: meetingOrder },
} as const satisfies Prisma.GroupSelect;

type GroupRow = Prisma.GroupGetPayload<{ select: typeof groupSelect }>;

const toOpenGroup = ({ topics, ...rest }: GroupRow): OpenGroup => ({ ...rest, topics: topics.map((t) => t.topic) });

export const PUBLISHED = { status: 'PUBLISHED' } as const satisfies Prisma.GroupWhereInput;

/** What a list of services may be narrowed by (the HSDS query parameters, already resolved to rows). */
export type GroupFilter = {
  search?: string;
  topicIds?: string[];
  /** Organization row ids; `ownOf` are the groups that are their own organization. */
  organizationRowId?: string;
  ownOrganizationGroupId?: string;
  modifiedAfter?: Date;
  groupIds?: string[];
};

function groupWhere(f: GroupFilter): Prisma.GroupWhereInput {
  const and: Prisma.GroupWhereInput[] = [PUBLISHED];
  const words = (f.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    and.push({
      OR: [
        { name: { contains: word, mode: 'insensitive' } },
        { summary: { contains: word, mode: 'insensitive' } },
        { description: { contains: word, mode: 'insensitive' } },
        { topics: { some: { topic: { name: { contains: word, mode: 'insensitive' } } } } },
      ],
    });
  }
  if (f.topicIds) and.push({ topics: { some: { topicId: { in: f.topicIds } } } });
  if (f.organizationRowId) and.push({ organizationId: f.organizationRowId });
  if (f.ownOrganizationGroupId) and.push({ id: f.ownOrganizationGroupId, organizationId: null });
  if (f.modifiedAfter) {
    const after = f.modifiedAfter;
    and.push({ OR: [{ updatedAt: { gte: after } }, { meetings: { some: { updatedAt: { gte: after } } } }, { organization: { updatedAt: { gte: after } } }] });
  }
  if (f.groupIds) and.push({ id: { in: f.groupIds } });
  return { AND: and };
}

/** One page of published groups, A–Z by name, and how many match in all. */
export async function listOpenGroups(f: GroupFilter, page: { skip: number; take: number }): Promise<{ rows: OpenGroup[]; total: number }> {
  const where = groupWhere(f);
  const [total, rows] = await Promise.all([
    db.group.count({ where }),
    db.group.findMany({ where, select: groupSelect, orderBy: [{ sortName: 'asc' }, { id: 'asc' }], skip: page.skip, take: page.take }),
  ]);
  return { rows: rows.map(toOpenGroup), total };
}

/** Every published group, for the exports and feeds. */
export async function allOpenGroups(f: GroupFilter = {}): Promise<OpenGroup[]> {
  const rows = await db.group.findMany({ where: groupWhere(f), select: groupSelect, orderBy: [{ sortName: 'asc' }, { id: 'asc' }] });
  return rows.map(toOpenGroup);
}

/** The published group whose HSDS service id is `id`, or null. */
export async function findGroupByServiceId(id: string): Promise<OpenGroup | null> {
  if (!isUuid(id)) return null;
  const wanted = id.toLowerCase();
  const rows = await db.group.findMany({ where: PUBLISHED, select: { id: true, externalId: true } });
  const groupId = rows.find((g) => serviceId(g.id, g.externalId) === wanted)?.id;
  if (!groupId) return null;
  const row = await db.group.findFirst({ where: { ...PUBLISHED, id: groupId }, select: groupSelect });
  return row ? toOpenGroup(row) : null;
}

/** The published group and meeting whose service_at_location id is `id`, or null. */
export async function findMeetingBySalId(id: string): Promise<{ group: OpenGroup; meetingId: string } | null> {
  if (!isUuid(id)) return null;
  const wanted = id.toLowerCase();
  const groups = await db.group.findMany({ where: PUBLISHED, select: { id: true, externalId: true, meetings: { select: { id: true }, orderBy: meetingOrder } } });
  const meetingId = groups.flatMap((g) => g.meetings.filter((_, i) => serviceAtLocationId(serviceId(g.id, g.externalId), i) === wanted)).at(0)?.id;
  if (!meetingId) return null;
  const row = await db.group.findFirst({ where: { ...PUBLISHED, meetings: { some: { id: meetingId } } }, select: groupSelect });
  return row ? { group: toOpenGroup(row), meetingId } : null;
}

/** Which organization an HSDS organization id names: a sponsor row, or a published group that is its own organization. */
export async function resolveOrganizationId(id: string): Promise<{ organizationRowId: string } | { ownOrganizationGroupId: string } | null> {
  if (!isUuid(id)) return null;
  const wanted = id.toLowerCase();
  const orgs = await db.organization.findMany({ where: { groups: { some: PUBLISHED } }, select: { id: true, name: true }, orderBy: { createdAt: 'asc' } });
  const orgRowId = orgs.find((o) => organizationId(o.name) === wanted)?.id;
  if (orgRowId) return { organizationRowId: orgRowId };
  const own = await db.group.findMany({ where: { ...PUBLISHED, organizationId: null }, select: { id: true, externalId: true } });
  const match = own.find((g) => ownOrganizationId(serviceId(g.id, g.externalId)) === wanted);
  return match ? { ownOrganizationGroupId: match.id } : null;
}


/** Every topic, A–Z (the taxonomy is published whole, even a topic with no group yet). */
export async function listOpenTopics(): Promise<OpenTopic[]> {
  return db.topic.findMany({ select: topicSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}

/** Topic row ids for HSDS taxonomy term ids (unknown ids are dropped). */
export async function topicIdsForTerms(termIds: string[]): Promise<string[]> {
  const wanted = new Set(termIds.map((t) => t.toLowerCase()));
  const topics = await db.topic.findMany({ select: { id: true, slug: true } });
  return topics.filter((t) => wanted.has(taxonomyTermId(t.slug))).map((t) => t.id);
}

/** The published topic with this slug, or null. */
export async function findTopicBySlug(slug: string): Promise<OpenTopic | null> {
  // Anything that could not be a slug (a NUL byte, %00 in a link, is refused by PostgreSQL) is no topic.
  if (!couldBeSlug(slug)) return null;
  return db.topic.findUnique({ where: { slug }, select: topicSelect });
}

/** Meetings of published groups within `meters` of a point (PostgreSQL's earthdistance, as the search uses). */
export async function meetingsNear(lat: number, lng: number, meters: number): Promise<{ meetingIds: string[]; groupIds: string[] }> {
  const rows = await db.$queryRaw<{ id: string; groupId: string }[]>(Prisma.sql`
    SELECT m.id, m."groupId" FROM "Meeting" m JOIN "Group" g ON g.id = m."groupId"
    WHERE g.status = 'PUBLISHED' AND m."earthPoint" IS NOT NULL
      AND earth_box(ll_to_earth(${lat}::float8, ${lng}::float8), ${meters}::float8) @> m."earthPoint"
      AND earth_distance(ll_to_earth(${lat}::float8, ${lng}::float8), m."earthPoint") <= ${meters}::float8`);
  return { meetingIds: rows.map((r) => r.id), groupIds: [...new Set(rows.map((r) => r.groupId))] };
}

/** One page of the meetings (service_at_locations) of matching groups, and how many there are. */
export async function listOpenMeetings(
  f: GroupFilter,
  meetingIds: string[] | undefined,
  page: { skip: number; take: number },
): Promise<{ items: { group: OpenGroup; meetingId: string }[]; total: number }> {
  const where: Prisma.MeetingWhereInput = { group: groupWhere(f), ...(meetingIds ? { id: { in: meetingIds } } : {}) };
  const [total, ids] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({ where, select: { id: true, groupId: true }, orderBy: [{ group: { sortName: 'asc' } }, { groupId: 'asc' }, { position: 'asc' }, { id: 'asc' }], skip: page.skip, take: page.take }),
  ]);
  const groups = await db.group.findMany({ where: { ...PUBLISHED, id: { in: [...new Set(ids.map((m) => m.groupId))] } }, select: groupSelect });
  const byId = new Map(groups.map((g) => [g.id, toOpenGroup(g)]));
  const items = ids.flatMap((m) => {
    const group = byId.get(m.groupId);
    return group ? [{ group, meetingId: m.id }] : [];
  });
  return { items, total };
}

/** The published group with this slug, or null. */
export async function findOpenGroupBySlug(slug: string): Promise<OpenGroup | null> {
  if (!couldBeSlug(slug)) return null;
  const row = await db.group.findFirst({ where: { ...PUBLISHED, slug }, select: groupSelect });
  return row ? toOpenGroup(row) : null;
}
