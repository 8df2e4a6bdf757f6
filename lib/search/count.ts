import 'server-only';
// How many groups a search matches, up to the cap, and which way of
// counting reads least (decisions 039 and 041).
import { Prisma } from '../generated/prisma/client.ts';
import { query, queryGathered, queryNearest, queryWith, searchTuning, WALK, type CountWay } from './statements.ts';
import { groupsInDirectory, groupsInTopic } from './stats.ts';

const { sql, join, empty } = Prisma;

/**
 * Counting stops here: beyond it the page says "more than 500". Past a few
 * hundred the exact number tells a visitor nothing (the page suggests
 * narrowing down), and counting on costs a row read per group.
 */
export const COUNT_CAP = 500;

/** A search's conditions, as its plan (data.ts) writes them, and what counting needs to know of them. */
export type CountPlan = {
  /** The text condition; null without searchable words. */
  text: Prisma.Sql | null;
  /** The same condition for a count the search index hands over: it may ask the index for less (data.ts, narrowestWord). */
  countText: Prisma.Sql | null;
  /** Whether matching reads the groups' words, not only their tags. */
  words: boolean;
  /** Status, the given text condition and facet tags: the group row and the search index. */
  groupWhere: (text: Prisma.Sql | null) => Prisma.Sql;
  /** groupWhere, plus near a place its cells, plus a probe of the group's meetings when a filter needs one. */
  where: (text: Prisma.Sql | null) => Prisma.Sql;
  /** `where` as disjoint conditions, the cheapest first. */
  parts: (text: Prisma.Sql | null) => Prisma.Sql[];
  /** Conditions on one meeting (alias mt): the radius, slots, the next 7 days. */
  meetingConds: Prisma.Sql[];
  /** What a meeting, and apart from slots its group, must be besides within the radius: the filters a walk outwards tests. */
  walkFilters: { meeting: Prisma.Sql[]; group: Prisma.Sql[] };
  /** Near a place: the condition that a group meets in a cell the circle touches; null when no place. */
  cells: Prisma.Sql | null;
  /** The place as an earth point; null when none. */
  originSql: Prisma.Sql | null;
  /** A topic every match is in, from the filters or the words; null for none. */
  countTopic: string | null;
  /** Without filters, a topic every published group of which matches; null for none. */
  wholeTopic: string | null;
  /**
   * Filters alone, at most one topic (countTopic) among them: the filters
   * as tests of a list entry's filter bits (sql.ts filterBitTests), on
   * the column given. Null when anything else is asked.
   */
  bits: ((column: Prisma.Sql) => Prisma.Sql[]) | null;
  /** How many conditions on facet tags groupWhere holds. */
  tagConditions: number;
};

/** How many groups match, counting no further than COUNT_CAP + 1. */
export async function countMatches(p: CountPlan): Promise<number> {
  const way = await countWay(p);
  if (way === 'list') return countDownList(p, p.bits!);
  if (way === 'topic') return countDownTopic(p, p.countTopic!, null);
  if (way === 'nearest') return countNearest(p);
  if (way === 'topic-first') {
    // Every group of the topic matches, so reaching the cap there settles
    // it; a list that falls short (its groups unpublished) is not the count.
    const n = await countDownTopic(p, p.wholeTopic!, TOPIC_FIRST_ENTRIES);
    if (n > COUNT_CAP) return n;
  }
  // The outer LIMIT stops the UNION as soon as it has enough: a later part is not read at all.
  const capped = p.parts(way === 'storage' ? p.text : p.countText).map((w) => sql`(SELECT 1 FROM "Group" g WHERE ${w} LIMIT ${COUNT_CAP + 1})`);
  const statement = sql`SELECT count(*) AS n FROM (SELECT 1 FROM (${join(capped, ' UNION ALL ')}) u LIMIT ${COUNT_CAP + 1}) capped`;
  const rows = way === 'storage' ? await query<{ n: bigint }>(statement) : await queryGathered<{ n: bigint }>(statement);
  return Number(rows[0]?.n ?? 0);
}

/** How many matches a topic's list holds, read down it by id until the cap, after at most `entries` of it. */
async function countDownTopic(p: CountPlan, topic: string, entries: number | null): Promise<number> {
  const rows = await queryWith<{ n: bigint }>(WALK, sql`SELECT count(*) AS n FROM (
      SELECT 1 FROM (SELECT gt."groupId" FROM "GroupTopic" gt WHERE gt."topicId" = (SELECT id FROM "Topic" WHERE slug = ${topic})
        ${entries === null ? empty : sql`LIMIT ${entries}`}) gt
      JOIN "Group" g ON g.id = gt."groupId"
      WHERE ${p.where(p.text)}
      LIMIT ${COUNT_CAP + 1}) capped`);
  return Number(rows[0]?.n ?? 0);
}
/**
 * How many published groups pass the filter bits, read down the A–Z list of
 * published groups, or the topic's list of them, until the cap: each entry
 * carries its group's bits, so no row is read.
 */
async function countDownList(p: CountPlan, bits: (column: Prisma.Sql) => Prisma.Sql[]): Promise<number> {
  const statement = p.countTopic
    ? sql`SELECT count(*) AS n FROM (
        SELECT 1 FROM "GroupTopic" gt
        WHERE gt."topicId" = (SELECT id FROM "Topic" WHERE slug = ${p.countTopic}) AND ${join(bits(sql`gt."filterBits"`), ' AND ')}
        ORDER BY gt."sortName", gt."groupId" LIMIT ${COUNT_CAP + 1}) capped`
    : sql`SELECT count(*) AS n FROM (
        SELECT 1 FROM "Group" g WHERE g.status = 'PUBLISHED' AND ${join(bits(sql`g."filterBits"`), ' AND ')}
        ORDER BY g."sortName", g.id LIMIT ${COUNT_CAP + 1}) capped`;
  const rows = await queryWith<{ n: bigint }>(WALK, statement);
  return Number(rows[0]?.n ?? 0);
}

/**
 * How many groups meet within the radius, up to the cap: the meetings
 * nearest the place, each group counted once, until the cap or the radius
 * is reached. Most groups meet at one place, so a quarter more meetings than
 * the cap usually settle it (624 groups in 627 meetings around Kingston at a
 * million); else the walk quadruples, as in nearestRows.
 */
async function countNearest(p: CountPlan): Promise<number> {
  for (let take = NEAREST_WALK; ; take *= 4) {
    const [row] = await queryNearest<{ groups: bigint; seen: bigint }>(sql`WITH x AS MATERIALIZED (
        SELECT mt."groupId" FROM "Meeting" mt JOIN "Group" g ON g.id = mt."groupId"
        WHERE ${join(p.meetingConds, ' AND ')} AND ${p.groupWhere(p.text)}
        ORDER BY mt."earthPoint" <-> ${p.originSql}
        LIMIT ${take}
      )
      SELECT count(DISTINCT x."groupId") AS groups, count(*) AS seen FROM x`);
    const groups = Number(row?.groups ?? 0);
    if (groups > COUNT_CAP || Number(row?.seen ?? 0) < take) return Math.min(groups, COUNT_CAP + 1);
  }
}

/** How many matching meetings a walk outwards takes first: a quarter more than the cap, as most groups meet at one place. */
const NEAREST_WALK = Math.ceil((COUNT_CAP + 1) * 1.25);

/**
 * What an entry of a list read for its filter bits costs, in matches handed
 * over by the search index: 0.25 µs against 0.33 µs for one tag condition
 * at a million groups, so about the same.
 */
const LIST_ENTRY = 1;

/** How far a count reads a topic every group of which matches before it falls back: the cap, with as much again for unpublished groups. */
const TOPIC_FIRST_ENTRIES = (COUNT_CAP + 1) * 2;

/**
 * How to count, by what each way reads, in index entries:
 * - `index`: the search index hands over every match before the count can
 *   stop, so it costs in proportion to the matches: "new mom" is 218,000 of
 *   1,000,000 groups, 74 ms.
 * - `storage`: groups read in storage order stop at the cap, after about
 *   COUNT_CAP ÷ share rows, whatever the size: 2,300 rows, 17 ms.
 * - `topic`: when every match is in one topic, that topic's list read in
 *   its own order stops at the cap after COUNT_CAP ÷ (share of the topic)
 *   rows: "groupe de deuil" is 52,800 of Bereavement's 55,000 groups at a
 *   million, so about 520 look-ups (2 ms) against the index's 21 ms.
 * - `topic-first`: when, without filters, every group of a topic matches
 *   (words that name a topic: "bereavement" is the topic and the word
 *   anywhere), the topic's first COUNT_CAP + 1 published groups show the
 *   count is past the cap; the index counts only if they are not there.
 * - `nearest`: near a place without words, the meetings nearest it read
 *   outwards off the distance index, each with its group (about 11 µs a
 *   meeting at a million): "near me, 100 km" around Ottawa is 77,000 groups
 *   there, which the search index hands over whole (19 ms) to count 501;
 *   627 meetings take 7 ms. With filters it is weighed on its own first
 *   (nearCosts, decision 050).
 * - `list`: filters alone (at most one topic among them) are tested on the
 *   filter bits each entry of the A–Z list of published groups, or of the
 *   topic's list, carries: read in order until the cap, about COUNT_CAP ÷
 *   share entries and no row. "Online, Tuesday evening" is 60,900 groups
 *   at a million, which the search index hands over whole (20–25 ms); the
 *   list's first 6,900 entries hold 501 of them (1.8 ms, about 0.25 µs an
 *   entry). At 10,000 groups the index's 609 cost less.
 * Measured at a million groups, an index entry costs 0.13–0.22 µs and a row
 * tested on its tags alone 1.4–2.5 µs (ten entries). A row whose words are
 * tested costs 3–6 µs on its own since documents are kept in the row
 * (decision 040), but beside a page's other statements storage order still
 * lost at 15% of groups ("bereavement": p95 48–50 ms against 22–28), so it
 * counts as sixty entries: when words are tested, over 17% of a million
 * groups must match, and at 10,000 storage order never pays. A row looked
 * up by id from a topic's list counts twice a row in storage order.
 * PostgreSQL's estimate is good for common words and tags; a rare word is
 * never estimated that high, and an underestimate only keeps the index.
 */
async function countWay(p: CountPlan): Promise<CountWay> {
  const forced = searchTuning.count;
  if (forced === 'topic') return p.countTopic ? 'topic' : p.wholeTopic ? 'topic-first' : 'index';
  if (forced === 'nearest') return p.cells && !p.text ? 'nearest' : 'index';
  if (forced === 'list') return p.bits ? 'list' : 'index';
  if (forced !== null) return forced;
  const rowCost = p.words ? 60 : 10;
  // Even if every group matched, neither list needs fewer reads than the
  // index below this size: a smaller directory is counted without asking.
  if ((await groupsInDirectory()) <= COUNT_CAP * rowCost) return 'index';
  // Near a place without words, walking outwards is weighed on its own
  // (nearCosts); the same plan estimates the matches for the other ways.
  const near = p.cells && !p.text ? await nearCosts(p) : null;
  if (near && near.walk < near.index) return 'nearest';
  const [{ estimate, groups }, inTopic, inWholeTopic] = await Promise.all([
    near ? { estimate: near.matches, groups: near.groups } : estimateMatches(p),
    p.countTopic ? groupsInTopic(p.countTopic) : null,
    p.wholeTopic ? groupsInTopic(p.wholeTopic) : null,
  ]);
  if (estimate <= 0) return 'index';
  const share = Math.min(1, estimate / groups);
  const costs: [CountWay, number][] = [
    // Filters alone are tag conditions, and the search index reads each
    // one's posting list in step: at a million groups, one condition
    // (online, Tuesday evening) cost 0.33 µs a match and four (free,
    // step-free, member-led, Mental health) 2 µs.
    ['index', share * groups * (p.bits ? Math.max(1, p.tagConditions) : 1)],
    ['storage', (COUNT_CAP / share) * rowCost],
  ];
  if (inTopic) costs.push(['topic', Math.min(inTopic, (COUNT_CAP * inTopic) / Math.min(estimate, inTopic)) * rowCost * 2]);
  // Its groups match on their tags, before any word is read.
  if (inWholeTopic && inWholeTopic > TOPIC_FIRST_ENTRIES) costs.push(['topic-first', COUNT_CAP * 10 * 2]);
  if (p.bits) {
    // Read until the cap, at the matches' share of the list, or to its end.
    const listed = inTopic ?? groups;
    costs.push(['list', Math.min(listed, (COUNT_CAP * listed) / Math.min(estimate, listed)) * LIST_ENTRY]);
  }
  return costs.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
}


/** What a walk outwards costs, in µs, at 100,000 groups: each meeting read, and each whose group is looked up and tested. */
const MEETING_READ = 2.5;
const GROUP_READ = 14;
/** What the search index costs near a place, in µs for each group in the smaller of the circle's cells and the filters' tags. */
const NEAR_ENTRY = 0.8;

/**
 * Near a place without words: walking outwards from it, meeting by meeting
 * (countNearest), against the search index. The index reads every group in
 * the cells the circle touches, or every group with the filters' tags if
 * they are fewer (44,000 groups for an evening meeting within 100 km of
 * Hamilton at 100,000: 45 ms); the walk stops at the cap, after about
 * the cap ÷ (share of meetings that pass), and looking up a meeting's group
 * costs most (wheelchair access, which 15% of groups have, took 35–56 ms
 * where the index took 4–14). When the circle holds fewer matches than the
 * cap, the walk reads every meeting in it.
 */
async function nearCosts(p: CountPlan): Promise<{ walk: number; index: number; matches: number; groups: number }> {
  const { meeting, group } = p.walkFilters;
  const published = sql`(g.status = 'PUBLISHED') IS TRUE`;
  const [matches = 0, ...rows] = await estimates([
    sql`SELECT 1 FROM "Group" g WHERE ${p.where(p.text)}`,
    sql`SELECT 1 FROM "Group" g WHERE ${p.cells!}`,
    sql`SELECT 1 FROM "Group" g WHERE ${p.groupWhere(null)}`,
    sql`SELECT 1 FROM "Group" g WHERE ${join([published, ...group], ' AND ')}`,
    sql`SELECT 1 FROM "Group" g WHERE ${published}`,
    sql`SELECT 1 FROM "Meeting" mt WHERE ${meeting.length ? join(meeting, ' AND ') : sql`true`}`,
    sql`SELECT 1 FROM "Meeting" mt`,
  ]);
  const [inCells, filtered, passing, groups, meetingsPassing, meetings] = rows.map((n) => Math.max(n, 1)) as [number, number, number, number, number, number];
  const meetingShare = Math.min(1, meetingsPassing / meetings);
  const share = meetingShare * Math.min(1, passing / groups);
  // The walk stops after NEAREST_WALK matching meetings, or at the radius.
  const walked = Math.min(NEAREST_WALK / share, (inCells * meetings) / groups);
  return { walk: walked * MEETING_READ + walked * meetingShare * GROUP_READ, index: Math.min(inCells, filtered) * NEAR_ENTRY, matches, groups: await groupsInDirectory() };
}

/** The rows PostgreSQL expects each statement to return, from one plan of them all (no rows read). */
async function estimates(statements: Prisma.Sql[]): Promise<number[]> {
  type Node = { 'Plan Rows': number; Plans?: Node[] };
  const [explained] = await query<{ 'QUERY PLAN': { Plan: Node }[] }>(sql`EXPLAIN (FORMAT JSON) ${join(statements, ' UNION ALL ')}`);
  const top = explained?.['QUERY PLAN'][0]?.Plan;
  return statements.map((_, i) => (statements.length === 1 ? top?.['Plan Rows'] : top?.Plans?.[i]?.['Plan Rows']) ?? 0);
}

/** How many groups PostgreSQL expects the text and filters to match, and how many there are (one plan, no rows read). */
async function estimateMatches(p: CountPlan): Promise<{ estimate: number; groups: number }> {
  const [[estimate = 0], groups] = await Promise.all([estimates([sql`SELECT 1 FROM "Group" g WHERE ${p.where(p.text)}`]), groupsInDirectory()]);
  return { estimate, groups };
}
