// Scores the search against the query table (queries.ts): for each query,
// the first five groups the results page shows, whether one of them is a
// good answer (in the expected topic, meeting within 25 km of the expected
// town), the rank of the first good one, and whether the page was empty.
// Shared by the integration test and `npm run eval:search`; it needs
// DATABASE_URL set to a seeded database before its first search.
import { db } from '../support/db.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';
import { findForResultsPage, groupsShown } from '../../lib/search/results-page-data.ts';
import { EARTHDISTANCE_RADIUS_KM, haversineKm, lookupPlace, type LatLng } from '../../lib/geo/gazetteer.ts';
import { CATEGORIES, type Category, type SearchQuery } from './queries.ts';

/** How many results count: about what a phone shows without scrolling far. */
export const TOP = 5;
/** A "near" answer meets within this distance of the expected town. */
export const NEAR_KM = 25;

// The results page's own search: what app/groups/page.tsx shows, the
// results or, when none match, the groups it offers instead.
async function runQuery(q: string, where: string): Promise<string[] /* group ids in order */> {
  const { filters } = parseSearchParams({ q, where });
  return groupsShown(await findForResultsPage(filters)).map((h) => h.id);
}

/** A group as the evaluation sees it: its topics and where its meetings are. */
export type ShownGroup = { id: string; name: string; topics: string[]; towns: string[]; points: LatLng[] };
export type QueryResult = SearchQuery & {
  top: (ShownGroup & { good: boolean })[];
  /** 1-based rank of the first good group among the top five; null when none is. */
  rank: number | null;
  empty: boolean;
};
export type Score = { queries: number; hits: number; recall: number; mrr: number; empty: number };
export type Evaluation = { results: QueryResult[]; categories: Record<Category, Score>; overall: Score };

const groupShape = {
  id: true,
  name: true,
  topics: { select: { topic: { select: { slug: true } } } },
  meetings: { select: { town: true, latitude: true, longitude: true } },
} as const;

type GroupRow = {
  id: string;
  name: string;
  topics: { topic: { slug: string } }[];
  meetings: { town: string | null; latitude: number | null; longitude: number | null }[];
};

function toShown(g: GroupRow): ShownGroup {
  const points: LatLng[] = [];
  for (const m of g.meetings) if (m.latitude !== null && m.longitude !== null) points.push({ lat: m.latitude, lng: m.longitude });
  const towns = [...new Set(g.meetings.map((m) => m.town).filter((t): t is string => !!t))];
  return { id: g.id, name: g.name, topics: g.topics.map((t) => t.topic.slug), towns, points };
}

async function describeGroups(ids: string[]): Promise<Map<string, ShownGroup>> {
  const rows: GroupRow[] = await db.group.findMany({ where: { id: { in: ids } }, select: groupShape });
  return new Map(rows.map((g) => [g.id, toShown(g)]));
}

function townPoint(town: string): LatLng {
  const place = lookupPlace(town);
  if (!place) throw new Error(`The query table expects groups near "${town}", which the gazetteer does not know.`);
  return place;
}

/** Whether a group is a good answer: in the topic, and near the town when one is expected. */
export function isGood(g: ShownGroup, expect: SearchQuery['expect']): boolean {
  if (expect.topic && !g.topics.includes(expect.topic)) return false;
  if (!expect.near) return true;
  const town = townPoint(expect.near);
  // The radius of PostgreSQL's earth_distance, as the page's own "within 25 km" uses.
  return g.points.some((p) => haversineKm(town, p, EARTHDISTANCE_RADIUS_KM) <= NEAR_KM);
}

function score(results: QueryResult[]): Score {
  const hits = results.filter((r) => r.rank !== null).length;
  const rr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0);
  const n = results.length;
  return { queries: n, hits, recall: n ? hits / n : 0, mrr: n ? rr / n : 0, empty: results.filter((r) => r.empty).length };
}

/** Runs every query as the results page does and scores its first five groups. */
export async function evaluateSearch(queries: SearchQuery[]): Promise<Evaluation> {
  const found: string[][] = [];
  // One after another: the machine is shared, and the order keeps runs comparable.
  for (const query of queries) found.push(await runQuery(query.q, query.where ?? ''));
  const groups = await describeGroups([...new Set(found.flatMap((ids) => ids.slice(0, TOP)))]);
  const results = queries.map((query, i): QueryResult => {
    const ids = found[i] ?? [];
    const top = ids.slice(0, TOP).map((id) => {
      const g = groups.get(id) ?? { id, name: `(group ${id} not found)`, topics: [], towns: [], points: [] };
      return { ...g, good: isGood(g, query.expect) };
    });
    const first = top.findIndex((g) => g.good);
    return { ...query, top, rank: first < 0 ? null : first + 1, empty: ids.length === 0 };
  });
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, score(results.filter((r) => r.category === c))])) as Record<Category, Score>;
  return { results, categories, overall: score(results) };
}

/** Queries whose good answer is not in the database: a mistake in the table, not in the search. */
export async function unanswerable(queries: SearchQuery[]): Promise<SearchQuery[]> {
  const rows: GroupRow[] = await db.group.findMany({ where: { status: 'PUBLISHED' }, select: groupShape });
  const groups = rows.map(toShown);
  return queries.filter((q) => !groups.some((g) => isGood(g, q.expect)));
}

/** "grief" in "Kingstn", with what a good answer is. */
export function describeQuery(q: SearchQuery): string {
  const what = q.q ? `"${q.q}"` : '(nothing typed)';
  const where = q.where ? ` in "${q.where}"` : '';
  const wants = [q.expect.topic, q.expect.near && `near ${q.expect.near}`].filter(Boolean).join(' ');
  return `[${q.category}] ${what}${where} → wants ${wants}`;
}

/** A query and the groups that came back, one line each, for a failure message. */
export function describeResult(r: QueryResult): string {
  const lines = r.top.map((g, i) => `    ${i + 1}. ${g.name} (${g.topics.join(', ')}; ${g.towns.join(', ') || 'online or phone'})`);
  return [describeQuery(r), ...(lines.length ? lines : ['    (no groups)'])].join('\n');
}

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
