// SQL fragments for the search filters. Values always travel as parameters;
// only fixed SQL text is chosen here.
import { Prisma } from '../generated/prisma/client.ts';
import { RECENTLY_CHECKED_DAYS, type SearchFilters } from './schema.ts';
import { FACET } from '../vocabulary/index.ts';

const { sql } = Prisma;
type Sql = Prisma.Sql;

export type Origin = { lat: number; lng: number; radiusKm: number; label: string };

const ATTENDANCE_VALUES: Record<SearchFilters['attendance'][number], string[]> = {
  'in-person': ['IN_PERSON', 'HYBRID'],
  online: ['ONLINE', 'HYBRID'],
  phone: ['PHONE'],
  hybrid: ['HYBRID'],
};
const ISO_DAY: Record<SearchFilters['days'][number], number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const LEADERSHIP_RANGE: Record<SearchFilters['leadership'][number], number[]> = {
  'member-led': [1, 2],
  hybrid: [3],
  professional: [4, 5],
};

const hasSlotFilter = (f: SearchFilters) => f.attendance.length + f.days.length + f.times.length > 0;

/**
 * The meeting slot tags ("s:ONLINE:2:evening", "s:*:2:*") that satisfy the
 * attendance, day and time filters together, or null without such filters.
 * "*" stands for a dimension not filtered on. Day numbers are ISO weekdays,
 * so a day filter leaves out meetings by arrangement (day 0); the time
 * bands' hours are defined by meeting_time_band() in the migration.
 */
export function slotTags(f: SearchFilters): string[] | null {
  if (!hasSlotFilter(f)) return null;
  const kinds = f.attendance.length ? [...new Set(f.attendance.flatMap((a) => ATTENDANCE_VALUES[a]))] : ['*'];
  const days = f.days.length ? f.days.map((d) => String(ISO_DAY[d])) : ['*'];
  const bands = f.times.length ? [...f.times] : ['*'];
  return kinds.flatMap((k) => days.flatMap((d) => bands.map((b) => `${FACET.slot}${k}:${d}:${b}`)));
}

/** Conditions one meeting (alias mt) must meet: its slot, and the radius. */
export function meetingConditions(f: SearchFilters, origin: Origin | null): Sql[] {
  const c: Sql[] = [];
  const slots = slotTags(f);
  if (slots) c.push(sql`mt.slots && ${slots}::text[]`);
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

/** Listings staff checked in the last RECENTLY_CHECKED_DAYS days (fixed SQL text only). */
export function recentlyCheckedCondition(now: Date): Sql {
  const since = new Date(now.getTime() - RECENTLY_CHECKED_DAYS * 86_400_000);
  return sql`g."lastVerifiedAt" >= ${since.toISOString()}::timestamp`;
}

/** The facet tags the group filters ask for: every one of `all`, and at least one of each list in `anyOf`. */
function facetTags(f: SearchFilters): { all: string[]; anyOf: string[][] } {
  const all: string[] = [];
  const anyOf: string[][] = [];
  if (f.topics.length) anyOf.push(f.topics.map((t) => FACET.topic + t));
  if (f.languages.length) anyOf.push(f.languages.map((l) => FACET.language + l));
  if (f.costs.length) anyOf.push(f.costs.map((c) => FACET.cost + c));
  if (f.leadership.length) anyOf.push(f.leadership.flatMap((l) => LEADERSHIP_RANGE[l]).map((n) => FACET.leadership + n));
  for (const a of f.access) all.push(FACET.access + a);
  const slots = slotTags(f);
  if (slots) anyOf.push(slots);
  return { all, anyOf };
}

/**
 * Conditions on the group (alias g), all on its GIN-indexed facet tags (see
 * the search_facets_and_tiers migration). Meeting slots are included: the group has a
 * meeting that is in every chosen attendance, day and time at once.
 */
export function groupConditions(f: SearchFilters): Sql[] {
  const { all, anyOf } = facetTags(f);
  const c = anyOf.map((tags) => sql`g.facets && ${tags}::text[]`);
  if (all.length) c.unshift(sql`g.facets @> ${all}::text[]`);
  return c;
}

/**
 * The same filters as tests of a list's filter bits (`column`: g."filterBits"
 * or gt."filterBits", NULL unless the group is published; see the
 * filter_bits_in_lists migration), which a count reads off index entries
 * alone. Topics are left out: one topic is read as its own list. Null when a
 * filter has no bits: languages, or more than one topic.
 */
export function filterBitTests(f: SearchFilters): ((column: Sql) => Sql[]) | null {
  if (f.languages.length || f.topics.length > 1) return null;
  const { all, anyOf } = facetTags({ ...f, topics: [] });
  // filter_mask() of a bound value is worked out once, when the statement is planned.
  return (column) => [
    sql`${column} IS NOT NULL`,
    ...anyOf.map((tags) => sql`bit_count(${column} & filter_mask(${tags}::text[])) > 0`),
    ...(all.length ? [sql`(${column} & filter_mask(${all}::text[])) = filter_mask(${all}::text[])`] : []),
  ];
}
