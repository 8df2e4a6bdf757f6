import 'server-only';
import { db } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { PAGE_SIZE, type SearchFilters } from '../validation/search.ts';
import { applyCorrections, correctableWords } from '../search/query-words.ts';
import { meetingConditions, groupConditions, orderBy, type Origin } from '../search/sql.ts';
import { refreshNextMeetings } from './next-meetings.ts';

const { sql, join, empty } = Prisma;

export type SearchHit = { id: string; rank: number; distanceKm: number | null; matchedMeetingIds: string[] };
export type SearchPage = { total: number; page: number; pageCount: number; hits: SearchHit[]; correctedQuery: string | null };

/** Misspelled words mapped to the closest word the directory knows. */
async function corrections(q: string): Promise<Map<string, string>> {
  const words = correctableWords(q);
  const map = new Map<string, string>();
  if (!words.length) return map;
  const rows = await db.$queryRaw<{ w: string; best: string | null; exact: boolean }[]>`
    SELECT w,
      EXISTS (SELECT 1 FROM "SearchTerm" WHERE word = w) AS exact,
      (SELECT word FROM "SearchTerm" st WHERE st.word % w ORDER BY st.word <-> w LIMIT 1) AS best
    FROM unnest(${words}::text[]) AS w`;
  for (const r of rows) if (!r.exact && r.best && r.best !== r.w) map.set(r.w, r.best);
  return map;
}

/**
 * One page of published groups for the filters, with the total. Text search
 * uses the weighted tsvector (name > topics and keywords > summary >
 * description); misspelled words are also tried with their closest known
 * word; distance uses the GiST index on meeting points. A group matches when
 * one of its meetings meets every meeting filter.
 */
export async function searchGroups(f: SearchFilters, origin: Origin | null, now = new Date()): Promise<SearchPage> {
  await refreshNextMeetings(now);
  const fixes = f.q ? await corrections(f.q) : new Map<string, string>();
  const correctedQuery = fixes.size ? applyCorrections(f.q, fixes) : null;
  const tsq = f.q
    ? sql`(websearch_to_tsquery('english', unaccent(${f.q}))${correctedQuery ? sql` || websearch_to_tsquery('english', unaccent(${correctedQuery}))` : empty})`
    : null;
  const meetingConds = meetingConditions(f, origin, now);
  const groupConds = groupConditions(f);
  const originSql = origin ? sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)` : null;
  const sort = f.sort ?? (f.q ? 'relevance' : origin ? 'distance' : 'name');
  const offset = (f.page - 1) * PAGE_SIZE;

  const rows = await db.$queryRaw<{ id: string; rank: number; distance: number | null; matched: string[]; total: bigint }[]>`
    WITH tsq AS (SELECT ${tsq ?? sql`NULL::tsquery`} AS q),
    candidates AS (
      SELECT g.id, g."sortName",
        ${tsq ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', g."searchVector", tsq.q)` : sql`0`}::float8 AS rank,
        mm.distance, mm.next_start, mm.matched
      FROM "Group" g
      CROSS JOIN tsq
      CROSS JOIN LATERAL (
        SELECT ${originSql ? sql`min(earth_distance(${originSql}, mt."earthPoint"))` : sql`NULL::float8`} AS distance,
               min(mt."nextStartsAt") AS next_start,
               array_agg(mt.id ORDER BY mt.position) AS matched,
               count(*) AS n
        FROM "Meeting" mt
        WHERE mt."groupId" = g.id ${meetingConds.length ? sql`AND ${join(meetingConds, ' AND ')}` : empty}
      ) mm
      WHERE g.status = 'PUBLISHED'
        ${meetingConds.length ? sql`AND mm.n > 0` : empty}
        ${tsq ? sql`AND (numnode(tsq.q) = 0 OR g."searchVector" @@ tsq.q)` : empty}
        ${groupConds.length ? sql`AND ${join(groupConds, ' AND ')}` : empty}
    )
    SELECT id, rank, distance, coalesce(matched, '{}') AS matched, count(*) OVER () AS total
    FROM candidates
    ORDER BY ${orderBy(sort, origin !== null)}
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`;

  let total = Number(rows[0]?.total ?? 0);
  if (!rows.length && f.page > 1) {
    // Past the last page: report the real total so the page can offer a way back.
    const again = await searchGroups({ ...f, page: 1 }, origin, now);
    total = again.total;
  }
  return {
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    hits: rows.map((r) => ({ id: r.id, rank: r.rank, distanceKm: r.distance === null ? null : r.distance / 1000, matchedMeetingIds: r.matched.filter(Boolean) })),
    correctedQuery,
  };
}
