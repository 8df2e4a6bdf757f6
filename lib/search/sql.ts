// SQL fragments for the search filters. Values always travel as parameters;
// only fixed SQL text is chosen here.
import { Prisma } from '../generated/prisma/client.ts';
import type { SearchFilters } from '../validation/search.ts';

const { sql, join } = Prisma;
type Sql = Prisma.Sql;

export type Origin = { lat: number; lng: number; radiusKm: number; label: string };

const ATTENDANCE_VALUES: Record<SearchFilters['attendance'][number], string[]> = {
  'in-person': ['IN_PERSON', 'HYBRID'],
  online: ['ONLINE', 'HYBRID'],
  phone: ['PHONE'],
  hybrid: ['HYBRID'],
};
const ISO_DAY: Record<SearchFilters['days'][number], number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const TIME_RANGE: Record<SearchFilters['times'][number], [string, string]> = {
  morning: ['00:00', '12:00'],
  afternoon: ['12:00', '17:00'],
  evening: ['17:00', '24:00'],
};
const LEADERSHIP_RANGE: Record<SearchFilters['leadership'][number], [number, number]> = {
  'member-led': [1, 2],
  hybrid: [3, 3],
  professional: [4, 5],
};

/** Conditions one meeting (alias mt) must meet. */
export function meetingConditions(f: SearchFilters, origin: Origin | null): Sql[] {
  const c: Sql[] = [];
  if (f.attendance.length) {
    const values = [...new Set(f.attendance.flatMap((a) => ATTENDANCE_VALUES[a]))];
    c.push(sql`mt.attendance::text = ANY(${values}::text[])`);
  }
  if (f.days.length) {
    c.push(sql`mt.recurrence <> 'BY_ARRANGEMENT' AND mt.weekdays && ${f.days.map((d) => ISO_DAY[d])}::int[]`);
  }
  if (f.times.length) {
    const ranges = f.times.map((t) => sql`(mt."startTime" >= ${TIME_RANGE[t][0]} AND mt."startTime" < ${TIME_RANGE[t][1]})`);
    c.push(sql`(${join(ranges, ' OR ')})`);
  }
  if (origin) {
    // Meetings with a place within the radius (GiST on earthPoint); online
    // and phone groups are searched separately and shown beside them.
    const meters = origin.radiusKm * 1000;
    const point = sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;
    c.push(sql`earth_box(${point}, ${meters}::float8) @> mt."earthPoint" AND earth_distance(${point}, mt."earthPoint") <= ${meters}::float8`);
  }
  return c;
}

/** "Meets in the next 7 days" on a timestamp column (fixed SQL text only). */
export function soonCondition(column: 'mt."nextStartsAt"' | 'g."nextMeetingAt"', now: Date): Sql {
  const week = new Date(now.getTime() + 7 * 86_400_000);
  return sql`${Prisma.raw(column)} >= ${now.toISOString()}::timestamp AND ${Prisma.raw(column)} < ${week.toISOString()}::timestamp`;
}

/** Conditions on the group itself (alias g). */
export function groupConditions(f: SearchFilters): Sql[] {
  const c: Sql[] = [];
  if (f.topics.length) {
    c.push(sql`EXISTS (SELECT 1 FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE gt."groupId" = g.id AND t.slug = ANY(${f.topics}::text[]))`);
  }
  if (f.languages.length) c.push(sql`g.languages && ${f.languages}::text[]`);
  if (f.freeOnly) c.push(sql`g."costKind" = 'FREE'`);
  if (f.leadership.length) {
    const ranges = f.leadership.map((l) => sql`g.leadership BETWEEN ${LEADERSHIP_RANGE[l][0]} AND ${LEADERSHIP_RANGE[l][1]}`);
    c.push(sql`(${join(ranges, ' OR ')})`);
  }
  if (f.wheelchair) c.push(sql`'wheelchair' = ANY(g."accessibilityFeatures")`);
  return c;
}

/** ORDER BY over the `hits` columns (rank, distance, next_start, sortName, id). */
export function orderBy(sort: NonNullable<SearchFilters['sort']>, hasOrigin: boolean): Sql {
  const byDistance = hasOrigin ? sql`distance ASC NULLS LAST, ` : sql``;
  switch (sort) {
    case 'relevance':
      return sql`rank DESC, ${byDistance}"sortName" ASC, id`;
    case 'distance':
      return sql`${byDistance}"sortName" ASC, id`;
    case 'next':
      return sql`next_start ASC NULLS LAST, "sortName" ASC, id`;
    case 'name':
      return sql`"sortName" ASC, id`;
  }
}
