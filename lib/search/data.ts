import 'server-only';
import { Prisma } from '../generated/prisma/client.ts';
import { PAGE_SIZE, type SearchFilters } from './schema.ts';
import { applyCorrections, correctableWords, hasExclusion, requiredWords } from './query-words.ts';
import { filterBitTests, groupConditions, meetingConditions, recentlyCheckedCondition, soonCondition, type Origin } from './sql.ts';
import { placeTags } from './place-tags.ts';
import { describeConcepts, interpret, type Interpretation } from './concepts/interpret.ts';
import { FACET } from '../vocabulary/index.ts';
import { nameWordCover } from './name-words.ts';
import { documentShares, nameWordSizes } from './stats.ts';
import { query, queryGathered, queryNearest, queryOrdered, queryWith, searchStatements, searchTuning, WALK } from './statements.ts';
import { COUNT_CAP, countMatches, type CountPlan } from './count.ts';

export { COUNT_CAP, searchStatements, searchTuning };

const { sql, join, empty } = Prisma;

export type SearchHit = { id: string; distanceKm: number | null; matchedMeetingIds: string[] };
export type SearchPage = {
  /** Capped at COUNT_CAP + 1: `totalIsCapped` says the real number is larger. */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  /** Near a place: groups meeting online or by phone, offered beside the local list. */
  remote: { hits: SearchHit[] } | null;
  /** Misspelled words corrected, shown only when the corrected search found groups. */
  correctedQuery: string | null;
  reading: Reading;
};

/**
 * How the words were read, so the page can say plainly what it did:
 * - 'every-word': groups matching every word (or no words at all);
 * - 'concepts': the words name topics ("lost my husband" → bereavement),
 *   and groups about them are listed, after any that match every word;
 * - 'some-words': no group matches every word, so groups matching some
 *   of them are listed, those with the words in the name or topics first.
 */
export type Reading = {
  mode: 'every-word' | 'concepts' | 'some-words';
  /** Whether any group matched every word (the rest are relaxed matches). */
  everyWord: boolean;
  /** "gambling", "drinking and family": what 'concepts' looked for. */
  about: string;
  /** Topic slugs the words point to, most relevant first (also for an empty page's help). */
  topics: string[];
  /** The words 'some-words' looked for. */
  words: string[];
  /** Meeting-place features the words asked for ("wheelchair user"). */
  access: Interpretation['access'];
};

/** How many online/phone groups the near-me page shows beside the local ones. */
export const REMOTE_PREVIEW = 5;


/**
 * One round trip before searching: the text as a tsquery in English and in
 * French (each config with its own stop words and stemmer), whether it has
 * any searchable word (a query of only stop words or symbols lists
 * everything, like an empty one), misspelled leftover words mapped to the closest
 * word the directory knows, for relaxing, the leftover words and the
 * vocabulary's terms as "any of these" tsqueries, and, for a query with a
 * quoted phrase, each word every match must hold as "either reading" (see
 * narrowestWord).
 */
async function analyzeText(q: string, rest: string[], terms: string[]): Promise<Analysis> {
  // Only words the vocabulary did not read are checked: "miscarriage" is a
  // phrase there, and the closest word in the listings ("marriage") is wrong.
  const words = correctableWords(q).filter((w) => rest.includes(w));
  const needed = (q.includes('"') && requiredWords(q)) || [];
  const rows = await query<{ tsquery: string; searchable: boolean; anyq: string | null; termq: string | null; needed: string[] | null; w: string | null; best: string | null; exact: boolean | null }>(sql`
    SELECT t.q::text AS tsquery, numnode(t.q) > 0 AS searchable,
      (SELECT string_agg(DISTINCT quote_literal(lexeme), ' | ') FROM unnest(search_document(${rest.join(' ')}))) AS anyq,
      (SELECT string_agg(DISTINCT quote_literal(lexeme), ' | ') FROM unnest(to_tsvector('english', unaccent(${terms.join(' ')})))) AS termq,
      (SELECT array_agg(array_to_string(tsvector_to_array(n.e || n.f), ' '))
        FROM (SELECT to_tsvector('english', unaccent(w)) AS e, to_tsvector('french', unaccent(w)) AS f FROM unnest(${needed}::text[]) AS w) n
        WHERE length(n.e) > 0 AND length(n.f) > 0) AS needed,
      x.w,
      EXISTS (SELECT 1 FROM "SearchTerm" WHERE word = x.w) AS exact,
      (SELECT word FROM "SearchTerm" st WHERE st.word % x.w ORDER BY st.word <-> x.w LIMIT 1) AS best
    FROM (SELECT ${bothLanguages(q)} AS q) t LEFT JOIN unnest(${words}::text[]) AS x(w) ON true`);
  const fixes = new Map<string, string>();
  for (const r of rows) if (r.w && !r.exact && r.best && r.best !== r.w) fixes.set(r.w, r.best);
  const first = rows[0];
  return { tsquery: first?.tsquery ?? '', searchable: first?.searchable ?? false, fixes, anyWords: first?.anyq ?? null, terms: first?.termq ?? null, needed: (first?.needed ?? []).map((n) => n.split(' ')) };
}
/** `needed`: for each word every match holds, the lexemes of its English and French readings. */
type Analysis = { tsquery: string; searchable: boolean; fixes: Map<string, string>; anyWords: string | null; terms: string | null; needed: string[][] };

/**
 * Of the words every match holds, the one fewest documents hold, as "any of
 * its readings"; null for none. Asked for a phrase, the search index reads
 * the lists of all its words to intersect them, then the rows are checked
 * for the words' order anyway: at a million groups, '"grief companions"
 * -pet' took 9.3 ms to count to 501 that way, and 3.8 ms asking the index for
 * "companion" alone and checking the whole query on each row ("grief" is in
 * one document in eighteen, "companion" in one in a hundred).
 */
async function narrowestWord(needed: string[][]): Promise<string | null> {
  if (!needed.length) return null;
  const share = await documentShares();
  const cost = (lexemes: string[]) => lexemes.reduce((sum, l) => sum + share(l), 0);
  const narrowest = needed.reduce((a, b) => (cost(b) < cost(a) ? b : a));
  // A tsquery's quoted lexeme doubles its quotes and escapes backslashes.
  return narrowest.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');
}

/** Every word, in English or in French: either reading may match (the documents hold both). */
const bothLanguages = (text: string) => sql`(websearch_to_tsquery('english', unaccent(${text})) || websearch_to_tsquery('french', unaccent(${text})))`;

/**
 * The text condition's tsquery, as a constant. Written as a call to
 * websearch_to_tsquery(unaccent(…)), PostgreSQL would parse the query again
 * for every row it checks (unaccent is not immutable), which cost more than
 * the check itself.
 */
async function textQuery(tsquery: string, correctedQuery: string | null): Promise<string> {
  if (!correctedQuery) return tsquery;
  const rows = await query<{ q: string }>(sql`SELECT (${tsquery}::tsquery || ${bothLanguages(correctedQuery)})::text AS q`);
  return rows[0]?.q ?? tsquery;
}

/**
 * What counts as a match: `all` for the count and the A–Z, soonest and
 * nearest orders; `tiers` for best match, in rank order (a group is listed
 * under the first tier it meets).
 */
type Match = {
  all: Prisma.Sql;
  tiers: Prisma.Sql[];
  /** For each tier, a topic (slug) that every group of the tier is in, or null: see nameOrderRows. */
  tierTopics: (string | null)[];
  /** For each tier, a tsquery (text) every group of the tier has in its name, or null: see nameOrderRows. */
  tierNames: (string | null)[];
  /** A topic every match of `all` is in, or null: see countMatches. */
  topic: string | null;
  /** A topic every group of which matches `all`, or null: see countMatches. */
  wholeTopic: string | null;
  /** Whether `all` tests a group's words (a document of a kilobyte or more) or only its tags. */
  words: boolean;
  /** The same groups as `all`, written so the search index is asked only for the narrowest word (narrowestWord); null for none. */
  countAll: Prisma.Sql | null;
};

/** Every word: the name, then the topics and keywords, then anywhere; `narrowest` as narrowestWord gives it. */
function everyWordMatch(tsquery: string, q: string, narrowest: string | null = null): Match {
  const tsq = sql`${tsquery}::tsquery`;
  const all = sql`g."searchVector" @@ ${tsq}`;
  // ts_match_vq is what @@ runs; called by name, the index is not asked for it.
  const countAll = narrowest ? sql`g."searchVector" @@ ${narrowest}::tsquery AND ts_match_vq(g."searchVector", ${tsq})` : null;
  // The name and the topics are part of the whole document, so a tier's own
  // match implies the whole one, unless a word is excluded ("-pet" may be in
  // the description). Leaving the implied condition out keeps PostgreSQL's
  // row estimates (and so its choice of plan) right.
  const whole = hasExclusion(q) ? sql` AND ${all}` : empty;
  return {
    all,
    tiers: [
      sql`g."nameVector" @@ ${tsq}${whole}`,
      sql`g."headVector" @@ ${tsq} AND NOT g."nameVector" @@ ${tsq}${whole}`,
      sql`${all} AND NOT g."headVector" @@ ${tsq}`,
    ],
    tierTopics: [null, null, null],
    tierNames: [tsquery, null, null],
    topic: null,
    wholeTopic: null,
    words: true,
    countAll,
  };
}

/**
 * Groups about the topics the words name: in every one of them with a
 * vocabulary term in the name or keywords ("gambling" within Addictions),
 * at a place with the features asked for, in every topic, then in any.
 */
function conceptMatch(meaning: Interpretation, terms: string | null): Match {
  const tags = meaning.topics.map((t) => FACET.topic + t);
  const access = meaning.access.map((a) => FACET.access + a);
  const inAll = sql`g.facets @> ${tags}::text[]`;
  const tiers: Prisma.Sql[] = [];
  const tierTopics: (string | null)[] = [];
  const add = (tier: Prisma.Sql, topic: string | null) => {
    tiers.push(tier);
    tierTopics.push(topic);
  };
  // The tiers within every topic lie within the first.
  const first = meaning.topics[0] ?? null;
  if (terms) add(sql`${inAll} AND g."headVector" @@ ${terms}::tsquery`, first);
  if (access.length) add(sql`g.facets @> ${[...tags, ...access]}::text[]`, first);
  add(inAll, first);
  if (tags.length > 1) add(sql`g.facets && ${tags}::text[]`, null);
  if (access.length) add(sql`g.facets @> ${access}::text[]`, null);
  const all = access.length ? sql`g.facets && ${[...tags, ...access]}::text[]` : sql`g.facets && ${tags}::text[]`;
  // Without places asked for, every match is in the one topic named; every
  // group in any of the topics named is a match.
  return { all, tiers, tierTopics, tierNames: tiers.map(() => null), topic: tags.length === 1 && !access.length ? first : null, wholeTopic: first, words: false, countAll: null };
}

/** Any of the words: in the name or topics first, then anywhere. */
function someWordsMatch(anyWords: string): Match {
  const all = sql`g."searchVector" @@ ${anyWords}::tsquery`;
  return { all, tiers: [sql`g."headVector" @@ ${anyWords}::tsquery`, all], tierTopics: [null, null], tierNames: [null, null], topic: null, wholeTopic: null, words: true, countAll: null };
}

/** Two matches as one: everything either accepts, the first's tiers ranked first. */
// A group's tags are tested first: a match there spares reading its words.
const either = (a: Match, b: Match): Match => ({
  all: a.words ? sql`(${b.all} OR ${a.all})` : sql`(${a.all} OR ${b.all})`,
  tiers: [...a.tiers, ...b.tiers],
  tierTopics: [...a.tierTopics, ...b.tierTopics],
  tierNames: [...a.tierNames, ...b.tierNames],
  topic: a.topic === b.topic ? a.topic : null,
  wholeTopic: a.wholeTopic ?? b.wholeTopic,
  words: a.words || b.words,
  countAll: null,
});

type Sort = NonNullable<SearchFilters['sort']>;
type PageRow = { id: string; distance: number | null };
type Row = PageRow & { matched: string[] | null };


/** How a search reads the directory; the conditions themselves, which counting needs too, are in CountPlan. */
type Plan = CountPlan & {
  sort: Sort;
  /** "Best match": text conditions tier by tier (see Match). */
  tiers: Prisma.Sql[] | null;
  /** For each tier, a topic all its groups are in (Match.tierTopics). */
  tierTopics: (string | null)[];
  /** For each tier, a tsquery all its groups' names match (Match.tierNames). */
  tierNames: (string | null)[];
  /** The one topic the filters ask for, which every match is in; null for none or several. */
  topic: string | null;
  /** `where`, for a statement that lists groups in A–Z or soonest order off an index of published groups. */
  orderedWhere: (text: Prisma.Sql | null) => Prisma.Sql;
  /** Near a place: groupWhere, plus the cells a circle of `share` × the radius touches. */
  within: (text: Prisma.Sql | null, share: number) => Prisma.Sql;
  origin: Origin | null;
};

/**
 * Every group filter, meeting slots included, is a look-up in the GIN index
 * of facet tags, so the planner can combine it with the text index or walk
 * an ordered index and stop after a page. A meeting is read only when a
 * filter must hold for one meeting in particular: within the radius, or in
 * the next 7 days together with a slot filter.
 */
function plan(f: SearchFilters, origin: Origin | null, now: Date, match: Match | null): Plan {
  const meetingConds = meetingConditions(f, origin);
  const groupConds = groupConditions(f);
  const tagConditions = groupConds.length;
  if (f.checked) groupConds.push(recentlyCheckedCondition(now));
  // The facet tags settle slot filters exactly; a meeting must still be read
  // for the radius, or for "in the next 7 days" on the same meeting as a slot.
  let soonGroup: Prisma.Sql | null = null;
  let soonMeeting: Prisma.Sql | null = null;
  if (f.soon) {
    if (meetingConds.length) {
      soonMeeting = soonCondition('mt."nextStartsAt"', now);
      meetingConds.push(soonMeeting);
    } else soonGroup = soonCondition('g."nextMeetingAt"', now);
  }
  // A walk outwards from a place reads meetings in turn and their groups
  // (count.ts, nearCosts): what each must be, apart from the radius.
  const groupsBesideSlots = groupConditions({ ...f, attendance: [], days: [], times: [] });
  if (f.checked) groupsBesideSlots.push(recentlyCheckedCondition(now));
  if (soonGroup) groupsBesideSlots.push(soonGroup);
  const walkFilters = {
    meeting: [...meetingConditions(f, null), ...(soonMeeting ? [soonMeeting] : [])],
    group: groupsBesideSlots,
  };
  const originSql = origin ? sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)` : null;
  const requested: Sort = f.sort ?? (match ? 'relevance' : origin ? 'distance' : 'name');
  // Best match needs words; without them it is nearest first, or A–Z.
  const sort: Sort = requested === 'relevance' && !match ? (origin ? 'distance' : 'name') : requested === 'distance' && !origin ? 'name' : requested;
  const text = match?.all ?? null;
  const tiers = match && sort === 'relevance' ? match.tiers : null;
  // Near a place: the fine grid cells the circle touches (one look-up in
  // the search index, together with the text and filters), then a check on
  // the row: a group meeting in a cell wholly inside the circle needs no
  // distance check (unless a slot must hold for the same meeting), one on the
  // rim is measured. OFFSET 0 keeps the meeting check a per-candidate probe:
  // PostgreSQL cannot estimate cube containment and would otherwise start
  // from every meeting in the radius.
  const cells = origin ? placeTags(origin) : null;
  const inCells = (c: { inside: string[]; edge: string[] }) => sql`g.places && ${[...c.inside, ...c.edge]}::text[]`;
  const probe = meetingConds.length ? sql`EXISTS (SELECT 1 FROM "Meeting" mt WHERE mt."groupId" = g.id AND ${ofOneGroup(meetingConds)} OFFSET 0)` : empty;
  const split = cells && meetingConds.length === 1 && cells.inside.length > 0;
  const conditions = (published: Prisma.Sql, soon: Prisma.Sql | null) => {
    const groupWhere = (t: Prisma.Sql | null) => sql`${published}
        ${t ? sql`AND ${t}` : empty}
        ${groupConds.length ? sql`AND ${join(groupConds, ' AND ')}` : empty}
        ${soon ? sql`AND ${soon}` : empty}`;
    const within = (t: Prisma.Sql | null, share: number) => {
      const c = share === 1 ? cells : origin && placeTags({ ...origin, radiusKm: origin.radiusKm * share });
      return c ? sql`${groupWhere(t)} AND ${inCells(c)}` : groupWhere(t);
    };
    const inside = (t: Prisma.Sql | null) => sql`${groupWhere(t)} AND g.places && ${cells!.inside}::text[]`;
    const rim = (t: Prisma.Sql | null) => sql`${groupWhere(t)} AND g.places && ${cells!.edge}::text[] AND NOT g.places && ${cells!.inside}::text[] AND ${probe}`;
    const where = (t: Prisma.Sql | null) =>
      split ? sql`((${inside(t)}) OR (${rim(t)}))` : cells ? sql`${within(t, 1)} AND ${probe}` : soonMeeting ? sql`${groupWhere(t)} AND ${probe}` : groupWhere(t);
    // The same matches as `where`, in disjoint parts, cheapest first: a count
    // that reaches its cap among the groups inside the circle measures none.
    const parts = (t: Prisma.Sql | null) => (split ? [inside(t), rim(t)] : [where(t)]);
    return { groupWhere, within, where, parts };
  };
  // The indexes of published groups in A–Z and soonest order (decision 042)
  // serve the statements that read groups in those orders. Any other
  // statement that names the status in the indexes' own words may get a
  // plan that reads one of them whole, every published group, only to AND
  // it with what the search index found: at 100,000 groups that added 18 ms
  // to counting the groups near Hamilton with an evening meeting (48 ms).
  // "IS TRUE" means the same and is estimated the same, but no index can be
  // proven to hold it (decision 049).
  const { groupWhere, within, where, parts } = conditions(sql`(g.status = 'PUBLISHED') IS TRUE`, soonGroup && sql`(${soonGroup}) IS TRUE`);
  const orderedWhere = conditions(sql`g.status = 'PUBLISHED'`, soonGroup).where;
  const topic = f.topics.length === 1 ? f.topics[0]! : null;
  const tierTopics = tiers ? match!.tierTopics.map((t) => t ?? topic) : [];
  const tierNames = tiers ? match!.tierNames : [];
  const filtered = groupConds.length > 0 || soonGroup !== null || meetingConds.length > 0 || origin !== null;
  // Filters alone can be counted off a list's filter bits (count.ts).
  const bits = !text && !origin && !soonMeeting && !f.checked && !f.soon ? filterBitTests(f) : null;
  return { sort, text, tiers, tierTopics, tierNames, topic, countTopic: topic ?? match?.topic ?? null, wholeTopic: filtered ? null : (match?.wholeTopic ?? null), bits, tagConditions, countText: match?.countAll ?? text, groupWhere, where, orderedWhere, within, parts, meetingConds, walkFilters, cells: cells && inCells(cells), origin, originSql, words: match?.words ?? false };
}

/**
 * Meeting conditions on the meetings of one group, which its index entries
 * find (a group has one to three): written so that no other index can be
 * proven to answer them. PostgreSQL cannot estimate the radius's box, and in
 * a small directory it guessed a box held fewer meetings than a group has,
 * and read every meeting in the box once for each candidate (decision 050).
 */
const ofOneGroup = (meetingConds: Prisma.Sql[]) => sql`(${join(meetingConds, ' AND ')}) IS TRUE`;

/** The nearest matching meeting of one group, in metres. */
const distanceSql = (originSql: Prisma.Sql, meetingConds: Prisma.Sql[], groupId: Prisma.Sql) =>
  sql`(SELECT min(earth_distance(${originSql}, mt."earthPoint")) FROM "Meeting" mt WHERE mt."groupId" = ${groupId} AND ${ofOneGroup(meetingConds)})`;

const groupOrder = (sort: 'name' | 'next') =>
  sort === 'next' ? sql`g."nextMeetingAt" ASC NULLS LAST, g."sortName", g.id` : sql`g."sortName", g.id`;

/** Groups in name or next-meeting order, straight off the ordered index when the filters are loose. */
function orderedRows(p: Plan, text: Prisma.Sql | null, sort: 'name' | 'next', limit: number, offset: number): Promise<PageRow[]> {
  return queryOrdered<PageRow>(sql`SELECT g.id, NULL::float8 AS distance FROM "Group" g
    WHERE ${p.orderedWhere(text)}
    ORDER BY ${groupOrder(sort)} LIMIT ${limit} OFFSET ${offset}`);
}

/**
 * A–Z, reading a list in name order first and testing each group on it:
 * the lists of the name words a tier's groups must carry (groups named for
 * every word, decision 041), else the topic's own list when every match is
 * in one topic (a concept's tier, a topic filter), else, when words are
 * tested, the A–Z index itself.
 *
 * Left to itself, PostgreSQL walks the A–Z index when it expects matches
 * to be common and gathers them from the search index when it expects
 * them rare, but it cannot estimate words: a word it has no statistics for
 * is guessed at a fixed share. "chemo" among online groups, none of
 * 100,000, was walked through all of them (456 ms); a topic's 11,000 groups
 * at a million were gathered and sorted to show twenty (70 ms). Here the
 * walk reads a bounded stretch of the list (TOPIC_WALK, INDEX_WALK),
 * lengthened once when it found some of a page. When that holds a page, or
 * the whole list, it is the answer; otherwise the matches are sparse there
 * and are gathered from the search index (decision 040). Names cluster ("Toronto …", "Bereavement
 * …"), so a topic's list finds its groups where the whole index would not.
 */
async function nameOrderRows(p: Plan, text: Prisma.Sql | null, lists: { topic: string | null; name: string | null }, limit: number, offset: number): Promise<PageRow[]> {
  if (!text && !lists.topic) return orderedRows(p, null, 'name', limit, offset);
  const need = offset + limit;
  const words = lists.name ? nameWordCover(lists.name, await nameWordSizes()) : null;
  const list: WalkList = words ? { words } : lists.topic ? { topic: lists.topic } : null;
  const { perRow, maxRows } = list ? TOPIC_WALK : INDEX_WALK;
  if ((need <= maxRows || searchTuning.walk) && searchTuning.walk !== false) {
    let walk = Math.max(need * perRow, SHORTEST_LIST_WALK);
    let row = await walkedRows(p, text, list, need, walk);
    // Some of a page found: the share found says how far a page lies. Walk
    // that far once, if it is within LONGEST_LIST_WALK; none found says the
    // matches are rare here, and gathering them is cheap.
    if (row && row.ids.length > 0 && row.ids.length < need && row.seen >= walk) {
      const longer = lengthenedWalk(walk, need, row.ids.length);
      if (longer <= LONGEST_LIST_WALK) row = await walkedRows(p, text, list, need, (walk = longer));
    }
    // A page, or the whole list read: nothing else can come first.
    if (row && (row.ids.length >= need || row.seen < walk)) return row.ids.slice(offset).map((id) => ({ id, distance: null }));
  }
  // The same order, written so that no index provides it: after a walk came
  // back short the matches are sparse, and are gathered from the search
  // index and sorted, never walked for in the A–Z index.
  return queryGathered<PageRow>(sql`SELECT g.id, NULL::float8 AS distance FROM "Group" g
    WHERE ${p.where(text)}
    ORDER BY g."sortName" || '', g.id LIMIT ${limit} OFFSET ${offset}`);
}

/**
 * How far a walk that found `found` of `need` rows in `walk` entries should
 * go to fill a page, with a quarter to spare, in doublings.
 */
const lengthenedWalk = (walk: number, need: number, found: number) => walk * 2 ** Math.ceil(Math.log2((1.25 * need) / found));

/** A list of groups in A–Z order: some name words' lists merged, a topic's, or (null) the A–Z index. */
type WalkList = { words: string[] } | { topic: string } | null;

/** The first `walk` entries of a list, in A–Z order. */
function listSql(list: WalkList, walk: number): Prisma.Sql {
  if (!list) return sql`SELECT g.id AS "groupId", g."sortName" FROM "Group" g ORDER BY g."sortName", g.id LIMIT ${walk}`;
  if ('topic' in list)
    return sql`SELECT gt."groupId", gt."sortName" FROM "GroupTopic" gt
        WHERE gt."topicId" = (SELECT id FROM "Topic" WHERE slug = ${list.topic})
        ORDER BY gt."sortName", gt."groupId" LIMIT ${walk}`;
  // Each word's list is read in order and merged; a group named with two of
  // the words (its English and French readings) is listed once.
  const each = list.words.map(
    (w) => sql`(SELECT w."groupId", w."sortName" FROM "GroupNameWord" w WHERE w.word = ${w} ORDER BY w."sortName", w."groupId" LIMIT ${walk})`,
  );
  return sql`SELECT DISTINCT u."groupId", u."sortName" FROM (${join(each, ' UNION ALL ')}) u ORDER BY u."sortName", u."groupId" LIMIT ${walk}`;
}

/** The first `need` matches among the first `walk` entries of a list; and how many entries there were. */
async function walkedRows(p: Plan, text: Prisma.Sql | null, list: WalkList, need: number, walk: number) {
  const [row] = await queryWith<{ seen: number; ids: string[] }>(WALK, sql`WITH walk AS MATERIALIZED (${listSql(list, walk)}),
    hits AS MATERIALIZED (
      SELECT g.id, walk."sortName" FROM walk JOIN "Group" g ON g.id = walk."groupId"
      WHERE ${p.where(text)}
      ORDER BY walk."sortName", walk."groupId" LIMIT ${need}
    )
    SELECT (SELECT count(*) FROM walk)::int AS seen,
      coalesce((SELECT array_agg(id ORDER BY "sortName", id) FROM hits), '{}') AS ids`);
  return row;
}
/**
 * How far a walk goes: `perRow` entries of the list for each row wanted
 * (matches at least 1 in 32 of a topic's or a word's list, 1 in 16 of all names), and only
 * while at most `maxRows` rows are wanted. A walk that comes back short
 * costs its look-ups, at random places in the table (about 15 µs each at
 * 100,000 groups), before the gather. Timed on the benchmark's 211 mixed
 * searches: walking the whole index for pages 3–4 made them 10–20 ms
 * slower, and a topic's list is likelier to hold a page (decision 040).
 */
const TOPIC_WALK = { perRow: 32, maxRows: 100 };
const INDEX_WALK = { perRow: 16, maxRows: 20 };
/** A walk reads at least this many entries, enough to tell a sparse tier from an absent one when a few rows are wanted (the five online groups beside a near-me list). */
const SHORTEST_LIST_WALK = 320;
/** The longest a walk is lengthened to when it found some of a page (about 10–20 ms of look-ups at a million groups). */
const LONGEST_LIST_WALK = 2560;

/**
 * Nearest first: the GiST index hands over meetings in order of distance
 * (`<->` on earth points orders as the great-circle distance does), so the
 * first `need` distinct groups among the nearest meetings are the nearest
 * groups. The prefix is widened until it holds them or the radius is
 * exhausted; a page costs a few hundred index rows, not the whole radius.
 */
async function nearestRows(p: Plan, need: number): Promise<PageRow[]> {
  for (let take = need * 4; ; take *= 4) {
    const rows = await queryNearest<PageRow & { seen: bigint }>(sql`WITH x AS MATERIALIZED (
        SELECT mt."groupId", g."sortName", earth_distance(${p.originSql}, mt."earthPoint") AS d
        FROM "Meeting" mt JOIN "Group" g ON g.id = mt."groupId"
        WHERE ${join(p.meetingConds, ' AND ')} AND ${p.groupWhere(p.text)}
        ORDER BY mt."earthPoint" <-> ${p.originSql}
        LIMIT ${take}
      )
      SELECT x."groupId" AS id, min(x.d) AS distance, (SELECT count(*) FROM x) AS seen
      FROM x GROUP BY x."groupId", x."sortName"
      ORDER BY distance, x."sortName", id
      LIMIT ${need}`);
    if (rows.length >= need || Number(rows[0]?.seen ?? 0) < take) return rows;
  }
}

/**
 * Best match near a place, one tier: the nearest `walk` meetings within the
 * radius, whatever their group, and then the groups of the tier among them.
 * The walk stops after that many meetings however rare the tier, so it costs
 * the same at 10,000 groups as at 1,000,000. When they hold a page of the
 * tier's groups, those are the nearest (every other group of the tier meets
 * farther out). When they hold some but not a page, the walk is lengthened
 * once to where that share would fill it, if that is within LONGEST_WALK;
 * otherwise null, and the tier's candidates are measured (measuredRows).
 */
async function walkedTierRows(p: Plan, tier: Prisma.Sql, need: number, walk = WALK_BEFORE_MEASURING): Promise<PageRow[] | null> {
  const rows = await queryNearest<PageRow & { seen: bigint }>(sql`WITH near AS MATERIALIZED (
      SELECT mt."groupId", earth_distance(${p.originSql}, mt."earthPoint") AS d
      FROM "Meeting" mt
      WHERE ${join(p.meetingConds, ' AND ')}
      ORDER BY mt."earthPoint" <-> ${p.originSql}
      LIMIT ${walk}
    )
    SELECT g.id, min(near.d) AS distance, (SELECT count(*) FROM near) AS seen
    FROM near JOIN "Group" g ON g.id = near."groupId"
    WHERE ${p.groupWhere(tier)}
    GROUP BY g.id, g."sortName"
    ORDER BY distance, g."sortName", g.id
    LIMIT ${need}`);
  if (rows.length >= need) return rows;
  // Fewer meetings than the walk's length in the whole radius: these are all there are.
  const seen = rows.length ? Number(rows[0]!.seen) : null;
  if (seen !== null && seen < walk) return rows;
  // 14 of a page among 320 meetings (Toronto at a million groups): 640 will
  // do. Once only, and only when the share found fills a page within
  // LONGEST_WALK: a walk that comes back short is wasted work.
  const longer = walk === WALK_BEFORE_MEASURING && rows.length ? lengthenedWalk(walk, need, rows.length) : Infinity;
  return longer <= LONGEST_WALK ? walkedTierRows(p, tier, need, longer) : null;
}

/**
 * How many of the nearest meetings best match near a place walks before it
 * measures the tier's candidates instead. A common tier where groups are
 * dense ("anxiety" in Toronto) fills a page within a few hundred meetings,
 * at the same cost at 10,000 groups as at 1,000,000; measuring every
 * candidate grew with the directory (decision 035). A rare tier does not
 * fill it, and has fewer candidates to measure. A walk that found some of a
 * page is lengthened once, never past LONGEST_WALK meetings (about 10 ms):
 * measuring 4,600 candidates in a quarter of the radius took 55 ms.
 */
const WALK_BEFORE_MEASURING = 320;
const LONGEST_WALK = 1280;

/** Rings, as shares of the radius, in which best match near a place looks before the whole circle. */
const RINGS = [0.25, 0.5];

/**
 * Near a place, one tier of best matches, nearest first: candidates come from
 * the text and cell indexes, and each is measured. A tier is usually far
 * smaller than the groups around a place, so this beats walking outwards.
 * It looks in a small ring first: when a page's worth of groups meet within
 * it, no group outside can come before them, and only the ring's few
 * candidates were measured.
 */
async function measuredRows(p: Plan, tier: Prisma.Sql, need: number): Promise<PageRow[]> {
  const walked = await walkedTierRows(p, tier, need);
  if (walked) return walked;
  const ring = (share: number) =>
    // OFFSET 0 keeps the distance computed once per candidate.
    queryGathered<PageRow>(sql`SELECT c.id, c.distance FROM (
        SELECT g.id, g."sortName", ${distanceSql(p.originSql!, p.meetingConds, sql`g.id`)} AS distance
        FROM "Group" g WHERE ${p.within(tier, share)} OFFSET 0
      ) c
      WHERE c.distance <= ${p.origin!.radiusKm * share * 1000}::float8
      ORDER BY c.distance, c."sortName", c.id LIMIT ${need}`);
  for (const share of RINGS) {
    const rows = await ring(share);
    if (rows.length >= need) return rows;
  }
  return ring(1);
}

/** The rows from `offset` to `offset + limit` in the plan's order. */
async function pageRows(p: Plan, limit: number, offset: number): Promise<PageRow[]> {
  if (p.tiers) {
    // Tier after tier, each in its own order, until the page is reached. A
    // group may meet several tiers and is listed under the first: asking a
    // tier for as many more rows as are already listed still fills the page.
    const rows: PageRow[] = [];
    const seen = new Set<string>();
    for (const [i, tier] of p.tiers.entries()) {
      const need = offset + limit - rows.length + seen.size;
      for (const r of p.originSql ? await measuredRows(p, tier, need) : await nameOrderRows(p, tier, { topic: p.tierTopics[i] ?? null, name: p.tierNames[i] ?? null }, need, 0)) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        rows.push(r);
      }
      if (rows.length >= offset + limit) break;
    }
    return rows.slice(offset, offset + limit);
  }
  if (p.sort === 'distance' && p.originSql) return (await nearestRows(p, offset + limit)).slice(offset);
  if (p.sort === 'name') return nameOrderRows(p, p.text, { topic: p.topic, name: null }, limit, offset);
  return orderedRows(p, p.text, 'next', limit, offset);
}

/** One list's page of rows and the plan that found them. */
type Listed = { p: Plan; rows: PageRow[] };

/**
 * Which meetings matched, and the distance where it is not known yet, for
 * the rows of every list, in one statement: near a place the page and the
 * online groups beside it both need it, and each statement costs the server
 * a round trip (about 0.17 ms of its CPU, decision 046). A list without
 * meeting filters needs none.
 */
async function describeLists(lists: Listed[]): Promise<Row[][]> {
  const parts = lists.flatMap((l, i) => (l.rows.length && l.p.meetingConds.length ? [describeSql(l, i)] : []));
  const extra = parts.length
    ? await query<{ list: number; id: string; matched: string[] | null; distance: number | null }>(join(parts, ' UNION ALL '))
    : [];
  const found = new Map(extra.map((e) => [`${e.list} ${e.id}`, e]));
  return lists.map((l, i) =>
    l.rows.map((r) => {
      const e = found.get(`${i} ${r.id}`);
      return { id: r.id, distance: r.distance ?? e?.distance ?? null, matched: e?.matched ?? null };
    }),
  );
}

function describeSql({ p, rows }: Listed, list: number): Prisma.Sql {
  // Nearest-first and best-match pages near a place already carry their distance.
  const measure = p.originSql !== null && rows.some((r) => r.distance === null);
  return sql`(SELECT ${list}::int AS list, page.id,
      (SELECT array_agg(mt.id ORDER BY mt.position) FROM "Meeting" mt WHERE mt."groupId" = page.id AND ${ofOneGroup(p.meetingConds)}) AS matched,
      ${measure ? distanceSql(p.originSql!, p.meetingConds, sql`page.id`) : sql`NULL::float8`} AS distance
    FROM unnest(${rows.map((r) => r.id)}::text[]) AS page(id))`;
}

const toHits = (rows: Row[]): SearchHit[] =>
  rows.map((r) => ({ id: r.id, distanceKm: r.distance === null ? null : r.distance / 1000, matchedMeetingIds: (r.matched ?? []).filter(Boolean) }));

/** Whether any group meets the filters and the condition (one index probe). */
async function anyMatch(f: SearchFilters, origin: Origin | null, now: Date, match: Match): Promise<boolean> {
  const p = plan(f, origin, now, match);
  // Common words ("new mom": a fifth of all groups) are found among the first
  // few groups stored, in well under a millisecond, where the index would
  // first gather every match (10 ms). Only when those miss is the index
  // asked, and then the words are rare and the index quick. Both are one
  // statement: PostgreSQL runs the second EXISTS only when the first is
  // false, and a search that relaxes its words saves a round trip. The
  // first look has no other way to read than storage order, so the rule
  // against full reads leaves it be.
  const rows = await queryGathered<{ found: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM (SELECT * FROM "Group" LIMIT ${QUICK_LOOK}) g WHERE ${p.where(p.text)})
      OR EXISTS (SELECT 1 FROM "Group" g WHERE ${p.where(p.text)}) AS found`);
  return rows[0]?.found ?? false;
}
/** Groups read in storage order before asking the index: 200 documents cost about 2 ms at worst. */
const QUICK_LOOK = 200;

/**
 * How to match the words: every word when some group has them all; with
 * the vocabulary's topics beside them when the words name some ("my husband
 * drinks"); else, when nothing has every word, any of them. Returns the
 * match and what the page should say about it.
 */
async function chooseMatch(f: SearchFilters, origin: Origin | null, now: Date): Promise<{ match: Match | null; correctedQuery: string | null; reading: Reading }> {
  const meaning = interpret(f.q);
  const reading: Reading = { mode: 'every-word', everyWord: true, about: describeConcepts(meaning.concepts), topics: meaning.topics, words: [], access: meaning.access };
  if (!f.q.trim()) return { match: null, correctedQuery: null, reading };
  const text = await analyzeText(f.q, meaning.rest, meaning.terms);
  const correctedQuery = text.fixes.size ? applyCorrections(f.q, text.fixes) : null;
  const tsquery = text.searchable ? await textQuery(text.tsquery, correctedQuery) : null;
  // A corrected query also matches the corrected words, which the typed ones need not hold.
  const strict = tsquery ? everyWordMatch(tsquery, f.q, correctedQuery ? null : await narrowestWord(text.needed)) : null;
  // Quotes, OR and -exclusions ask for exactly those words: the vocabulary's
  // wider reading would bring back what "-breast" left out.
  const exact = /["]|(^|\s)OR(\s|$)/.test(f.q) || hasExclusion(f.q);
  const concepts = meaning.topics.length && !exact ? conceptMatch(meaning, text.terms) : null;
  if (concepts) {
    // Groups named for the words come first, then the topics they point to.
    const everyWord = strict ? await anyMatch(f, origin, now, strict) : false;
    return {
      match: strict && everyWord ? either(strict, concepts) : concepts,
      correctedQuery: everyWord ? correctedQuery : null,
      reading: { ...reading, mode: 'concepts', everyWord },
    };
  }
  if (!strict) return { match: null, correctedQuery: null, reading };
  // Relaxing an exact query would drop its quotes and exclusions: when
  // nothing matches it, the page says so and offers help instead.
  if (exact || !text.anyWords || (await anyMatch(f, origin, now, strict))) return { match: strict, correctedQuery, reading };
  return { match: someWordsMatch(text.anyWords), correctedQuery: null, reading: { ...reading, mode: 'some-words', everyWord: false, words: meaning.rest } };
}

/**
 * One page of published groups for the filters, with the total. Text search
 * uses the weighted tsvector (English and French); "best match" lists groups
 * named for the words, then groups whose topics or keywords have them, then
 * the rest, each tier A–Z or nearest first. Everyday words are read with the
 * search vocabulary (concepts/), so "lost my husband" finds bereavement
 * groups, and a search that no group matches word for word is relaxed, never
 * left empty for one unknown word (see Reading). Misspelled words are also
 * tried with their closest known word; distance uses the GiST index on
 * meeting points. A group matches when one of its meetings meets every
 * meeting filter. Near a place, the list holds groups meeting within the
 * radius, and `remote` offers the groups that meet online or by phone beside
 * them.
 */
export async function searchGroups(f: SearchFilters, origin: Origin | null, now = new Date()): Promise<SearchPage> {
  const { match, correctedQuery, reading } = await chooseMatch(f, origin, now);
  const offset = (f.page - 1) * PAGE_SIZE;
  const remoteKinds = (['online', 'phone'] as const).filter((a) => !f.attendance.length || f.attendance.includes(a));
  const mainPlan = plan(f, origin, now, match);
  const remotePlan =
    origin && remoteKinds.length && f.page === 1 ? plan({ ...f, attendance: [...remoteKinds], sort: f.sort === 'distance' ? null : f.sort }, null, now, match) : null;
  // The pages and the count run side by side on separate connections; the
  // pages' meetings are then described together.
  const [[mainRows = [], remoteRows = []], total] = await Promise.all([
    Promise.all([pageRows(mainPlan, PAGE_SIZE, offset), remotePlan ? pageRows(remotePlan, REMOTE_PREVIEW, 0) : []]).then(([rows, remote]) =>
      describeLists([{ p: mainPlan, rows }, ...(remotePlan ? [{ p: remotePlan, rows: remote }] : [])]),
    ),
    countMatches(mainPlan),
  ]);
  const capped = total > COUNT_CAP;
  // Past the cap the pages go on while there are rows; "Next" shows when this page is full.
  const pageCount = capped ? Math.max(f.page + (mainRows.length === PAGE_SIZE ? 1 : 0), Math.ceil(COUNT_CAP / PAGE_SIZE)) : Math.max(1, Math.ceil(total / PAGE_SIZE));
  return {
    total: Math.min(total, COUNT_CAP),
    totalIsCapped: capped,
    page: f.page,
    pageCount,
    hits: toHits(mainRows),
    remote: origin ? { hits: toHits(remoteRows) } : null,
    // A correction is offered only beside the groups it found.
    correctedQuery: total > 0 ? correctedQuery : null,
    reading,
  };
}
