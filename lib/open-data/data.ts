// Reads of the published directory for the open-data API, exports and feeds.
// Only PUBLISHED groups, and selects that never name the staff-only
// privateContact* columns. Ids in the API are derived (ids.ts, decision 029);
// the database derives a listing's and a meeting's the same way and indexes
// them, so a look-up by id reads one row (the hsds_id_lookup migration).
import 'server-only';
import { Prisma } from '../generated/prisma/client.ts';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import { publicGroupFields, publicMeetingSelect } from '../listings/group-detail.ts';
import { isUuid, organizationId, taxonomyTermId } from './ids.ts';
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
  /** Sponsors' row ids, or a group that is its own organization. */
  organizationRowIds?: string[];
  ownOrganizationGroupId?: string;
  /** Groups of any of these organizations (a page of them). */
  organizations?: OrganizationKey[];
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
  if (f.organizationRowIds) and.push({ organizationId: { in: f.organizationRowIds } });
  if (f.ownOrganizationGroupId) and.push({ id: f.ownOrganizationGroupId, organizationId: null });
  if (f.organizations) {
    const rowIds = f.organizations.flatMap((k) => ('organizationRowIds' in k ? k.organizationRowIds : []));
    const own = f.organizations.flatMap((k) => ('ownOrganizationGroupId' in k ? [k.ownOrganizationGroupId] : []));
    and.push({ OR: [{ organizationId: { in: rowIds } }, { id: { in: own }, organizationId: null }] });
  }
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
  const [found] = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM "Group" WHERE status = 'PUBLISHED' AND hsds_service_uuid(id, "externalId") = ${id.toLowerCase()}::uuid LIMIT 1`,
  );
  const groupId = found?.id;
  if (!groupId) return null;
  const row = await db.group.findFirst({ where: { ...PUBLISHED, id: groupId }, select: groupSelect });
  return row ? toOpenGroup(row) : null;
}

/** The published group and meeting whose service_at_location id is `id`, or null. */
export async function findMeetingBySalId(id: string): Promise<{ group: OpenGroup; meetingId: string } | null> {
  if (!isUuid(id)) return null;
  const meetingId = (await db.meeting.findFirst({ where: { hsdsId: id.toLowerCase(), group: PUBLISHED }, select: { id: true } }))?.id;
  if (!meetingId) return null;
  const row = await db.group.findFirst({ where: { ...PUBLISHED, meetings: { some: { id: meetingId } } }, select: groupSelect });
  return row ? { group: toOpenGroup(row), meetingId } : null;
}

/**
 * An organization as rows: the sponsor rows whose names fold to the same
 * HSDS id (one organization to the API), or a published group that is its
 * own organization.
 */
export type OrganizationKey = { organizationRowIds: string[] } | { ownOrganizationGroupId: string };

/** Sponsors of published groups matching `where`, one entry per HSDS id, oldest row first. Sponsors are few: read whole. */
async function sponsorsOf(where: Prisma.GroupWhereInput): Promise<Map<string, string[]>> {
  const orgs = await db.organization.findMany({ where: { groups: { some: where } }, select: { id: true, name: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const byHsdsId = new Map<string, string[]>();
  for (const o of orgs) byHsdsId.set(organizationId(o.name), [...(byHsdsId.get(organizationId(o.name)) ?? []), o.id]);
  return byHsdsId;
}

/** Which organization an HSDS organization id names: sponsor rows, or a published group that is its own organization. */
export async function resolveOrganizationId(id: string): Promise<OrganizationKey | null> {
  if (!isUuid(id)) return null;
  const wanted = id.toLowerCase();
  const sponsor = (await sponsorsOf(PUBLISHED)).get(wanted);
  if (sponsor) return { organizationRowIds: sponsor };
  // The condition on organizationId matches the index's, so the index is used.
  const [own] = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM "Group"
    WHERE "organizationId" IS NULL AND status = 'PUBLISHED'
      AND uuid_generate_v5(hsds_service_uuid(id, "externalId"), 'organization') = ${wanted}::uuid LIMIT 1`);
  return own ? { ownOrganizationGroupId: own.id } : null;
}


/**
 * One page of the organizations behind the published groups that match
 * `search`, A–Z: sponsors, and groups that are their own organization, by
 * the same A–Z key as groups (sortName). Sponsors are read whole; groups
 * of their own only as far as the page, off the A–Z index, so a page does
 * not read the directory (decision 040). The database merges the two, so
 * both are ordered by its one collation.
 */
export async function organizationPage(search: string | undefined, page: { skip: number; take: number }): Promise<{ keys: OrganizationKey[]; total: number }> {
  const where = groupWhere({ search });
  const ownWhere: Prisma.GroupWhereInput = { AND: [where, { organizationId: null }] };
  const sponsors = await sponsorsOf(where);
  // A group of its own at index j (among those) is at j + (sponsors before it)
  // overall, so the page holds only those from index skip − sponsors on.
  const first = Math.max(0, page.skip - sponsors.size);
  const [ownTotal, own] = await Promise.all([
    db.group.count({ where: ownWhere }),
    db.group.findMany({ where: ownWhere, select: { id: true }, orderBy: [{ sortName: 'asc' }, { id: 'asc' }], skip: first, take: page.skip + page.take - first }),
  ]);
  const firstRows = [...sponsors.values()].map((rows) => rows[0]!);
  const merged = await db.$queryRaw<{ kind: 'sponsor' | 'own'; id: string }[]>(Prisma.sql`
    SELECT kind, id FROM (
      SELECT 'sponsor' AS kind, o.id, lower(unaccent(regexp_replace(o.name, '^[^[:alnum:]]+', ''))) AS k FROM "Organization" o WHERE o.id = ANY(${firstRows})
      UNION ALL
      SELECT 'own', g.id, g."sortName" FROM "Group" g WHERE g.id = ANY(${own.map((g) => g.id)})
    ) e ORDER BY k, id`);
  const rowsOf = new Map([...sponsors.values()].map((rows) => [rows[0]!, rows]));
  const keys: OrganizationKey[] = [];
  let ownSeen = 0;
  let sponsorsSeen = 0;
  for (const e of merged) {
    // A sponsor before the first group read is before the page (see above).
    const position = e.kind === 'sponsor' && first > 0 && ownSeen === 0 ? -1 : first + ownSeen + sponsorsSeen;
    if (position >= page.skip && position < page.skip + page.take) keys.push(e.kind === 'own' ? { ownOrganizationGroupId: e.id } : { organizationRowIds: rowsOf.get(e.id)! });
    if (e.kind === 'own') ownSeen++;
    else sponsorsSeen++;
  }
  return { keys, total: sponsors.size + ownTotal };
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
