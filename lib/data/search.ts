import 'server-only';
import { db } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { PAGE_SIZE, type SearchFilters } from '../validation/search.ts';
import { applyCorrections, correctableWords } from '../search/query-words.ts';
import { groupConditions, meetingConditions, orderBy, soonCondition, type Origin } from '../search/sql.ts';
import { refreshNextMeetings } from './next-meetings.ts';

const { sql, join, empty } = Prisma;

export type SearchHit = { id: string; rank: number; distanceKm: number | null; matchedMeetingIds: string[] };
export type SearchPage = {
  /** Capped at COUNT_CAP + 1: `totalIsCapped` says the real number is larger. */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  /** Near a place: groups meeting online or by phone, offered beside the local list. */
  remote: { hits: SearchHit[] } | null;
  correctedQuery: string | null;
};

/** How many online/phone groups the near-me page shows beside the local ones. */
export const REMOTE_PREVIEW = 5;

/**
 * One round trip before searching: whether the text has any searchable word
 * (a query of only stop words or symbols lists everything, like an empty
 * one), and misspelled words mapped to the closest word the directory knows.
 */
async function analyzeText(q: string): Promise<{ searchable: boolean; fixes: Map<string, string> }> {
  const words = correctableWords(q);
  const rows = await db.$queryRaw<{ searchable: boolean; w: string | null; best: string | null; exact: boolean | null }[]>`
    SELECT numnode(websearch_to_tsquery('english', unaccent(${q}))) > 0 AS searchable, x.w,
      EXISTS (SELECT 1 FROM "SearchTerm" WHERE word = x.w) AS exact,
      (SELECT word FROM "SearchTerm" st WHERE st.word % x.w ORDER BY st.word <-> x.w LIMIT 1) AS best
    FROM (SELECT 1) one LEFT JOIN unnest(${words}::text[]) AS x(w) ON true`;
  const fixes = new Map<string, string>();
  for (const r of rows) if (r.w && !r.exact && r.best && r.best !== r.w) fixes.set(r.w, r.best);
  return { searchable: rows[0]?.searchable ?? false, fixes };
}

export function textQuery(q: string, correctedQuery: string | null): Prisma.Sql | null {
  return q
    ? sql`(websearch_to_tsquery('english', unaccent(${q}))${correctedQuery ? sql` || websearch_to_tsquery('english', unaccent(${correctedQuery}))` : empty})`
    : null;
}

type Row = { id: string; rank: number; distance: number | null; matched: string[] | null };
type Sort = NonNullable<SearchFilters['sort']>;

/** Counting stops here: beyond it the page says "more than 1,000". */
export const COUNT_CAP = 1000;

type Plan = { hits: Prisma.Sql; sort: Sort; meetingConds: Prisma.Sql[]; originSql: Prisma.Sql | null };

/**
 * The matching groups as a CTE named `hits`. Without a place, meeting filters
 * are an EXISTS probe per group, so an index-ordered page (name, next
 * meeting) stops after one page of matches. Near a place, meetings within the
 * radius come from the GiST index and are aggregated for their distance.
 */
function plan(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null): Plan {
  const meetingConds = meetingConditions(f, origin);
  const groupConds = groupConditions(f);
  // "In the next 7 days" on its own reads the group's next meeting; combined
  // with other meeting filters it must hold for the same meeting.
  if (f.soon) (meetingConds.length ? meetingConds : groupConds).push(soonCondition(meetingConds.length ? 'mt."nextStartsAt"' : 'g."nextMeetingAt"', now));
  const originSql = origin ? sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)` : null;
  const sort: Sort = f.sort ?? (tsq ? 'relevance' : origin ? 'distance' : 'name');
  const rank = tsq && sort === 'relevance' ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', g."searchVector", ${tsq})` : sql`0`;
  const where = sql`g.status = 'PUBLISHED'
        ${tsq ? sql`AND g."searchVector" @@ ${tsq}` : empty}
        ${groupConds.length ? sql`AND ${join(groupConds, ' AND ')}` : empty}`;
  const hits = originSql
    ? sql`WITH mm AS (
        SELECT mt."groupId", min(earth_distance(${originSql}, mt."earthPoint")) AS distance
        FROM "Meeting" mt WHERE ${join(meetingConds, ' AND ')}
        GROUP BY mt."groupId"
      ),
      hits AS (
        SELECT g.id, g."sortName", ${rank}::float8 AS rank, mm.distance, g."nextMeetingAt" AS next_start
        FROM "Group" g JOIN mm ON mm."groupId" = g.id
        WHERE ${where}
      )`
    : sql`WITH hits AS (
        SELECT g.id, g."sortName", ${rank}::float8 AS rank, NULL::float8 AS distance, g."nextMeetingAt" AS next_start
        FROM "Group" g
        WHERE ${where}
        ${meetingConds.length ? sql`AND EXISTS (SELECT 1 FROM "Meeting" mt WHERE mt."groupId" = g.id AND ${join(meetingConds, ' AND ')})` : empty}
      )`;
  return { hits, sort, meetingConds, originSql };
}

/** The SQL of one page; exported for the benchmark's query plans. */
export function searchSql(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null, limit: number, offset: number): Prisma.Sql {
  const p = plan(f, origin, now, tsq);
  const order = orderBy(p.sort, origin !== null);
  // Which meetings matched is worked out for the page's rows only.
  const matched = p.meetingConds.length
    ? sql`(SELECT array_agg(mt.id ORDER BY mt.position) FROM "Meeting" mt WHERE mt."groupId" = page.id AND ${join(p.meetingConds, ' AND ')})`
    : sql`NULL::text[]`;
  return sql`${p.hits}
    SELECT page.id, page.rank, page.distance, ${matched} AS matched
    FROM (SELECT * FROM hits ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) page
    ORDER BY ${order}`;
}

/** How many groups match, counting no further than COUNT_CAP + 1. */
function countSql(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null): Prisma.Sql {
  return sql`${plan(f, origin, now, tsq).hits} SELECT count(*) AS n FROM (SELECT 1 FROM hits LIMIT ${COUNT_CAP + 1}) capped`;
}

async function runSearch(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null, limit: number, offset: number, withCount = true): Promise<{ rows: Row[]; total: number }> {
  // The page and the count run side by side on two connections.
  const [rows, count] = await Promise.all([
    db.$queryRaw<Row[]>(searchSql(f, origin, now, tsq, limit, offset)),
    withCount ? db.$queryRaw<{ n: bigint }[]>(countSql(f, origin, now, tsq)) : Promise.resolve(null),
  ]);
  return { rows, total: count ? Number(count[0]?.n ?? 0) : rows.length };
}

const toHits = (rows: Row[]): SearchHit[] =>
  rows.map((r) => ({ id: r.id, rank: r.rank, distanceKm: r.distance === null ? null : r.distance / 1000, matchedMeetingIds: (r.matched ?? []).filter(Boolean) }));

/**
 * One page of published groups for the filters, with the total. Text search
 * uses the weighted tsvector (name > topics and keywords > summary >
 * description); misspelled words are also tried with their closest known
 * word; distance uses the GiST index on meeting points. A group matches when
 * one of its meetings meets every meeting filter. Near a place, the list
 * holds groups meeting within the radius, and `remote` offers the groups
 * that meet online or by phone beside them.
 */
export async function searchGroups(f: SearchFilters, origin: Origin | null, now = new Date()): Promise<SearchPage> {
  await refreshNextMeetings(now);
  const text = f.q ? await analyzeText(f.q) : null;
  const correctedQuery = text?.fixes.size ? applyCorrections(f.q, text.fixes) : null;
  const tsq = text?.searchable ? textQuery(f.q, correctedQuery) : null;
  const offset = (f.page - 1) * PAGE_SIZE;
  const remoteKinds = (['online', 'phone'] as const).filter((a) => !f.attendance.length || f.attendance.includes(a));
  const [main, remote] = await Promise.all([
    runSearch(f, origin, now, tsq, PAGE_SIZE, offset),
    origin && remoteKinds.length && f.page === 1
      ? runSearch({ ...f, attendance: [...remoteKinds], sort: f.sort === 'distance' ? null : f.sort }, null, now, tsq, REMOTE_PREVIEW, 0, false)
      : Promise.resolve(null),
  ]);
  const capped = main.total > COUNT_CAP;
  // Past the cap the pages go on while there are rows; "Next" shows when this page is full.
  const pageCount = capped ? Math.max(f.page + (main.rows.length === PAGE_SIZE ? 1 : 0), Math.ceil(COUNT_CAP / PAGE_SIZE)) : Math.max(1, Math.ceil(main.total / PAGE_SIZE));
  return {
    total: Math.min(main.total, COUNT_CAP),
    totalIsCapped: capped,
    page: f.page,
    pageCount,
    hits: toHits(main.rows),
    remote: origin ? { hits: toHits(remote?.rows ?? []) } : null,
    correctedQuery: tsq ? correctedQuery : null,
  };
}
