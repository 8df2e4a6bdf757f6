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
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  /** Near a place: groups meeting online or by phone, offered beside the local list. */
  remote: { total: number; hits: SearchHit[] } | null;
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

type Row = { id: string; rank: number; distance: number | null; matched: string[] | null; total?: bigint };
type Sort = NonNullable<SearchFilters['sort']>;

/** The matching groups as a CTE named `hits`, plus the sort to use. */
function hitsSql(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null): { cte: Prisma.Sql; sort: Sort } {
  const meetingConds = meetingConditions(f, origin);
  const groupConds = groupConditions(f);
  // "In the next 7 days" on its own reads the group's next meeting; combined
  // with other meeting filters it must hold for the same meeting.
  if (f.soon) (meetingConds.length ? meetingConds : groupConds).push(soonCondition(meetingConds.length ? 'mt."nextStartsAt"' : 'g."nextMeetingAt"', now));
  const originSql = origin ? sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)` : null;
  const sort: Sort = f.sort ?? (tsq ? 'relevance' : origin ? 'distance' : 'name');
  // Matching meetings are aggregated only when a meeting filter asks for it;
  // the index behind each condition narrows that scan first.
  const agg = meetingConds.length > 0;
  const cte = sql`
    WITH ${agg ? sql`mm AS (
      SELECT mt."groupId",
        ${originSql ? sql`min(earth_distance(${originSql}, mt."earthPoint"))` : sql`NULL::float8`} AS distance,
        min(mt."nextStartsAt") AS next_start,
        array_agg(mt.id ORDER BY mt.position) AS matched
      FROM "Meeting" mt
      WHERE ${join(meetingConds, ' AND ')}
      GROUP BY mt."groupId"
    ),` : empty}
    hits AS (
      SELECT g.id, g."sortName",
        ${tsq && sort === 'relevance' ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', g."searchVector", ${tsq})` : sql`0`}::float8 AS rank,
        ${agg ? sql`mm.distance, mm.next_start, mm.matched` : sql`NULL::float8 AS distance, g."nextMeetingAt" AS next_start, NULL::text[] AS matched`}
      FROM "Group" g
      ${agg ? sql`JOIN mm ON mm."groupId" = g.id` : empty}
      WHERE g.status = 'PUBLISHED'
        ${tsq ? sql`AND g."searchVector" @@ ${tsq}` : empty}
        ${groupConds.length ? sql`AND ${join(groupConds, ' AND ')}` : empty}
    )`;
  return { cte, sort };
}

/** The SQL of one page; exported for the benchmark's query plans. */
export function searchSql(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null, limit: number, offset: number): Prisma.Sql {
  const { cte, sort } = hitsSql(f, origin, now, tsq);
  return sql`${cte}
    SELECT id, rank, distance, matched, count(*) OVER () AS total FROM hits
    ORDER BY ${orderBy(sort, origin !== null)} LIMIT ${limit} OFFSET ${offset}`;
}

async function runSearch(f: SearchFilters, origin: Origin | null, now: Date, tsq: Prisma.Sql | null, limit: number, offset: number): Promise<{ rows: Row[]; total: number }> {
  const { cte, sort } = hitsSql(f, origin, now, tsq);
  if (sort === 'name' || sort === 'next') {
    // Orders an index can give: fetch the page and count separately, so the
    // page never waits for every match to be materialised.
    const [rows, count] = await Promise.all([
      db.$queryRaw<Row[]>`${cte} SELECT id, rank, distance, matched FROM hits ORDER BY ${orderBy(sort, origin !== null)} LIMIT ${limit} OFFSET ${offset}`,
      db.$queryRaw<{ n: bigint }[]>`${cte} SELECT count(*) AS n FROM hits`,
    ]);
    return { rows, total: Number(count[0]?.n ?? 0) };
  }
  const rows = await db.$queryRaw<Row[]>(searchSql(f, origin, now, tsq, limit, offset));
  let total = Number(rows[0]?.total ?? 0);
  if (!rows.length && offset > 0) {
    // Past the last page: the real total, so the page can offer a way back.
    total = Number((await db.$queryRaw<{ n: bigint }[]>`${cte} SELECT count(*) AS n FROM hits`)[0]?.n ?? 0);
  }
  return { rows, total };
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
      ? runSearch({ ...f, attendance: [...remoteKinds], sort: f.sort === 'distance' ? null : f.sort }, null, now, tsq, REMOTE_PREVIEW, 0)
      : Promise.resolve(null),
  ]);
  return {
    total: main.total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(main.total / PAGE_SIZE)),
    hits: toHits(main.rows),
    remote: origin ? { total: remote?.total ?? 0, hits: toHits(remote?.rows ?? []) } : null,
    correctedQuery: tsq ? correctedQuery : null,
  };
}
