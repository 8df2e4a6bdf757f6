// A large directory counts common matches differently: by reading groups in
// storage order until the count's cap (decision 039), down a topic's list
// when every match is in that topic, or out from a place along its nearest
// meetings (decision 041), or, for filters alone, down a list whose entries
// carry each group's filter bits (decision 045), not by gathering every
// match from the search index. Tried here on the seeded directory with each
// way forced: a visitor must get the same groups, in the same order, and the
// same count whichever is used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { dbPool } from '../../lib/db.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { COUNT_CAP, searchGroups, searchStatements, searchTuning, type SearchPage } from '../../lib/search/data.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';
import { lookupPlace } from '../../lib/geo/gazetteer.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';

const NOW = new Date('2026-11-23T15:00:00Z');
const defaults = { ...searchTuning };

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
  // More groups with one word than the count stops at, so "more than 500" is tried too.
  await db.$executeRawUnsafe(`
    INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt")
    SELECT 'big-' || i, 'big-' || i, 'Zephyr Circle ' || lpad(i::text, 4, '0'), 'Peer support for parents.', 'Members share.', 'PUBLISHED', now()
    FROM generate_series(1, ${COUNT_CAP + 40}) AS i`);
  // All of them in one topic too, so a topic's list is counted past the cap.
  await db.$executeRawUnsafe(`
    INSERT INTO "GroupTopic" ("groupId", "topicId")
    SELECT g.id, t.id FROM "Group" g, "Topic" t WHERE g.id LIKE 'big-%' AND t.slug = 'family-parenting'`);
  // Each meets in Kingston, so a radius there holds more than 500 groups.
  await db.$executeRawUnsafe(`
    INSERT INTO "Meeting" (id, "groupId", weekdays, "startsOn", "startTime", "endTime", "timeZone", town, region, latitude, longitude, "updatedAt")
    SELECT 'big-m-' || i, 'big-' || i, '{2}', '2026-01-06', '19:00', '20:30', 'America/Toronto', 'Kingston', 'ON', 44.23 + (i % 40) * 0.001, -76.48 - (i / 40) * 0.001, now()
    FROM generate_series(1, ${COUNT_CAP + 40}) AS i`);
  // A few groups meeting twice in Barrie: each counts once.
  await db.$executeRawUnsafe(`
    INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt")
    SELECT 'twice-' || i, 'twice-' || i, 'Twice Weekly Circle ' || i, 'Peer support.', 'Members share.', 'PUBLISHED', now()
    FROM generate_series(1, 12) AS i`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Meeting" (id, "groupId", position, weekdays, "startsOn", "startTime", "endTime", "timeZone", town, region, latitude, longitude, "updatedAt")
    SELECT 'twice-m-' || i || '-' || k, 'twice-' || i, k, ARRAY[k + 1], '2026-01-06', '19:00', '20:30', 'America/Toronto', 'Barrie', 'ON', 44.39 + i * 0.002, -79.69 + k * 0.002, now()
    FROM generate_series(1, 12) AS i, generate_series(0, 1) AS k`);
  await db.$executeRawUnsafe('ANALYZE "Group", "Meeting"');
  await refreshNextMeetings(NOW);
}, 180_000);

afterAll(() => Object.assign(searchTuning, defaults));

type Way = NonNullable<typeof searchTuning.count>;

async function search(params: Record<string, string>, way: Way): Promise<SearchPage> {
  searchTuning.count = way;
  const { filters } = parseSearchParams(params);
  const place = filters.where ? lookupPlace(filters.where) : null;
  const origin = place ? { lat: place.lat, lng: place.lng, radiusKm: filters.radiusKm, label: place.label } : null;
  return searchGroups(filters, origin, NOW);
}

describe('counting as a large directory does', () => {
  it.each([
    ['a common word', { q: 'zephyr' }],
    ['a common word, page 3', { q: 'zephyr', page: '3' }],
    ['a topic word', { q: 'bereavement' }],
    ['everyday words', { q: 'my husband drinks' }],
    ['words A–Z', { q: 'support', sort: 'name' }],
    ['a quoted phrase with an exclusion', { q: '"support group" -pet' }],
    ['words with filters', { q: 'parents', attendance: 'online' }],
    ['a topic and filters', { topic: 'mental-health', cost: 'free' }],
    ['words near a town', { q: 'anxiety', where: 'Toronto' }],
    ['no words at all', {}],
    ['one topic', { topic: 'bereavement' }],
    ['one topic past the cap', { topic: 'family-parenting' }],
    ['one topic past the cap, with a filter', { topic: 'family-parenting', attendance: 'in-person' }],
    ['one topic near a town', { topic: 'bereavement', where: 'Toronto' }],
    ['words naming one topic', { q: 'lost my husband' }],
    ['words naming one topic in French', { q: 'groupe de deuil' }],
    ['words that name only a topic', { q: 'my wife passed away' }],
    ['near a town', { where: 'Toronto' }],
    ['near a town, nearest first', { where: 'Ottawa', radius: '100', sort: 'distance' }],
    ['near a town, past the cap', { where: 'Kingston', radius: '25' }],
    ['near a town, past the cap, page 2', { where: 'Kingston', radius: '25', page: '2' }],
    ['near a town on a day', { where: 'Kingston', radius: '25', day: 'tue' }],
    ['near a town where groups meet twice', { where: 'Barrie', radius: '10' }],
    ['near a town in the evening, free', { where: 'Kingston', radius: '25', time: 'evening', cost: 'free' }],
    ['near a town, in the next 7 days', { where: 'Kingston', radius: '25', soon: '1' }],
    ['near a town, on a day in the next 7 days', { where: 'Kingston', radius: '25', day: 'tue', soon: '1' }],
    ['near a town with a place feature', { where: 'Toronto', access: 'wheelchair' }],
    ['near a town, member-led, twice a week', { where: 'Barrie', radius: '10', leadership: 'member-led' }],
    ['a word that is also a topic, past the cap', { q: 'parenting' }],
    ['words naming one topic, with a filter', { q: 'lost my husband', cost: 'free' }],
    ['a phrase past the cap', { q: '"zephyr circle"' }],
    ['a phrase with an exclusion, past the cap', { q: '"zephyr circle" -parents' }],
    ['a phrase and a word', { q: '"peer support" zephyr', page: '2' }],
    ['a phrase with a stop word and a hyphen', { q: '"support for" self-help' }],
    ['a phrase in French', { q: '"groupe de deuil"' }],
    ['a phrase with an accent', { q: '"entraide été"' }],
    ['a phrase and a misspelled word', { q: '"peer support" zephir' }],
    ['a rare word or a phrase', { q: 'unicorn or "twice weekly"' }],
    ['a phrase and an excluded phrase', { q: '"zephyr circle" -"pet loss"' }],
    ['filters alone', { attendance: 'online', day: 'tue', time: 'evening' }],
    ['filters alone, past the cap', { day: 'tue', time: 'evening' }],
    ['filters alone, past the cap, page 2', { attendance: 'in-person', day: 'tue', page: '2' }],
    ['filters alone with a topic', { free: '1', access: 'wheelchair', leadership: 'member-led', topic: 'mental-health' }],
    ['filters alone with a topic past the cap', { topic: 'family-parenting', time: 'evening' }],
    ['filters alone, by arrangement', { attendance: 'phone' }],
    ['filters alone, every place feature', { access: 'wheelchair,accessible-washroom,hearing-loop' }],
    ['filters alone, a language', { lang: 'fr', cost: 'free' }],
  ])('finds the same groups in the same order, and the same count: %s', async (_name, params) => {
    const usual = await search(params, 'index');
    for (const way of ['storage', 'topic', 'nearest', 'list'] as const) {
      const other = await search(params, way);
      expect(other.hits.map((h) => h.id), way).toEqual(usual.hits.map((h) => h.id));
      expect({ total: other.total, capped: other.totalIsCapped }, way).toEqual({ total: usual.total, capped: usual.totalIsCapped });
    }
  });

  it.each([
    ['storage', { q: 'zephyr' }],
    ['topic', { topic: 'family-parenting' }],
    ['topic', { q: 'parenting' }],
    ['nearest', { where: 'Kingston', radius: '25' }],
    ['nearest', { where: 'Kingston', radius: '25', day: 'tue' }],
    ['list', { day: 'tue', time: 'evening' }],
    ['list', { topic: 'family-parenting', attendance: 'in-person' }],
  ] as const)('counts past the cap (%s, %o) and says "more than"', async (way, params) => {
    const page = await search(params, way);
    expect(page.totalIsCapped).toBe(true);
    expect(page.hits).toHaveLength(20);
  });

  it('counts down the topic’s list when every match is in that topic', async () => {
    // Which statement counted is seen in what it read: the topic's list.
    // ("my wife passed away" matches no group's own words in the seed.)
    const seen: string[] = [];
    searchStatements.listener = (st) => seen.push(st.text);
    try {
      await search({ q: 'my wife passed away' }, 'topic');
      await search({ topic: 'family-parenting', cost: 'free' }, 'topic');
    } finally {
      searchStatements.listener = null;
    }
    expect(seen.filter((t) => /count\(\*\)[\s\S]*FROM "GroupTopic"/.test(t))).toHaveLength(2);
  });

  it('counts filters alone down a list’s filter bits, the topic’s list when one topic is asked for', async () => {
    const seen: string[] = [];
    searchStatements.listener = (st) => seen.push(st.text);
    try {
      await search({ day: 'tue', time: 'evening' }, 'list');
      await search({ topic: 'family-parenting', cost: 'free' }, 'list');
      // Words and places are not bits: those count as before.
      await search({ q: 'zephyr', day: 'tue' }, 'list');
      await search({ where: 'Kingston', radius: '25', day: 'tue' }, 'list');
    } finally {
      searchStatements.listener = null;
    }
    const bitCounts = seen.filter((t) => /count\(\*\)[\s\S]*"filterBits"/.test(t));
    expect(bitCounts).toHaveLength(2);
    expect(bitCounts[0]).toMatch(/FROM "Group" g WHERE/);
    expect(bitCounts[1]).toMatch(/FROM "GroupTopic" gt/);
  });

  it('asks the search index for the rarest word of a phrase only, and checks the whole query on each row', async () => {
    const seen: string[] = [];
    searchStatements.listener = (st) => seen.push(st.text);
    try {
      expect((await search({ q: '"zephyr circle" -pet' }, 'index')).totalIsCapped).toBe(true);
      expect((await search({ q: 'zephyr circle' }, 'index')).totalIsCapped).toBe(true);
    } finally {
      searchStatements.listener = null;
    }
    // Only the phrase is counted that way: without quotes the index settles the words exactly.
    expect(seen.filter((t) => /count\(\*\)[\s\S]*ts_match_vq/.test(t))).toHaveLength(1);
  });

  it('counts a word that is also a topic from the topic’s list first, and from the index when that falls short', async () => {
    const seen: string[] = [];
    searchStatements.listener = (st) => seen.push(st.text);
    try {
      // Family and parenting holds over 500 published groups: its list settles the count.
      expect((await search({ q: 'parenting' }, 'topic')).totalIsCapped).toBe(true);
      const topicCounts = seen.filter((t) => /count\(\*\)[\s\S]*FROM "GroupTopic"/.test(t)).length;
      const indexCounts = seen.filter((t) => /count\(\*\) AS n FROM \(SELECT 1 FROM \(\(SELECT 1 FROM "Group"/.test(t)).length;
      expect({ topicCounts, indexCounts }).toEqual({ topicCounts: 1, indexCounts: 0 });
      // Bereavement holds fewer than 500: its list cannot settle it, so the index counts.
      seen.length = 0;
      const page = await search({ q: 'bereavement' }, 'topic');
      expect(page.totalIsCapped).toBe(false);
      expect(seen.filter((t) => /count\(\*\)[\s\S]*FROM "GroupTopic"/.test(t))).toHaveLength(1);
      expect(seen.filter((t) => /count\(\*\) AS n FROM \(SELECT 1 FROM \(\(SELECT 1 FROM "Group"/.test(t))).toHaveLength(1);
    } finally {
      searchStatements.listener = null;
    }
  });
});

/** Each statement the searches sent, with the plan PostgreSQL makes for it under its own settings. */
async function plans(searches: [Record<string, string>, Way][]): Promise<{ text: string; settings: string[]; plan: string }[]> {
  const sent: { text: string; values: unknown[]; settings: string[] }[] = [];
  searchStatements.listener = (st, settings) => sent.push({ text: st.text, values: st.values, settings });
  try {
    for (const [params, way] of searches) await search(params, way);
  } finally {
    searchStatements.listener = null;
  }
  const client = await dbPool().connect();
  try {
    const out: { text: string; settings: string[]; plan: string }[] = [];
    for (const st of sent.filter((s) => !/^\s*EXPLAIN/.test(s.text))) {
      await client.query('BEGIN');
      for (const setting of st.settings) await client.query(setting);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${st.text}`, st.values);
      await client.query('ROLLBACK');
      out.push({ text: st.text, settings: st.settings, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    }
    return out;
  } finally {
    client.release();
  }
}

describe('the indexes of published groups in A–Z and soonest order', () => {
  const readsPublishedIndex = (plan: string) => /(Index (Only )?Scan using|Bitmap Index Scan on) "Group_published_/.test(plan);

  it('are read only by statements that list groups in those orders, never whole beside the search index', async () => {
    // Gathering matches, PostgreSQL would read such an index whole (every
    // published group) only to AND it with what the search index found.
    const gathered = await plans([
      [{ where: 'Kingston', radius: '25', day: 'tue' }, 'index'],
      [{ where: 'Kingston', radius: '25', time: 'evening', sort: 'name' }, 'index'],
      [{ q: 'zephyr circle' }, 'index'],
      [{ day: 'tue', time: 'evening' }, 'index'],
      [{ q: 'zephyr', sort: 'next' }, 'storage'],
    ]);
    const ordered = (text: string) => /ORDER BY g\."(sortName|nextMeetingAt)"[^|]*LIMIT/.test(text) && !/WITH walk/.test(text);
    expect(gathered.filter((s) => !ordered(s.text) && readsPublishedIndex(s.plan)).map((s) => s.plan)).toEqual([]);
    // A page listed in those orders may still read them.
    const listed = gathered.filter((s) => ordered(s.text));
    expect(listed.length).toBeGreaterThan(0);
    for (const s of listed) expect(readsPublishedIndex(s.plan)).toBe(true);
  });
});

describe('statements that gather matches from the search index', () => {
  // Gathered statements run with table scans ruled out (statements.ts); the
  // search index hands them their candidates.
  const gatheredOnly = <T extends { settings: string[] }>(all: T[]) => all.filter((s) => s.settings.join() === 'SET LOCAL enable_seqscan = off');

  it("look up each candidate's meetings among its group's own, never every meeting in the radius", async () => {
    // Near a place with a slot filter, each candidate is checked for a
    // meeting in the radius at that time. PostgreSQL cannot estimate the
    // radius's box, and in a directory this small it took the box for the
    // narrower look-up, reading every meeting in it once for each candidate.
    const gathered = gatheredOnly(await plans([[{ where: 'Kingston', radius: '25', day: 'tue' }, 'index']]));
    const probing = gathered.filter((s) => /"Meeting" mt WHERE mt."groupId" = g.id/.test(s.text));
    expect(probing.length).toBeGreaterThan(0);
    for (const s of probing) {
      expect(s.plan).toMatch(/Scan (using|on) "Meeting_groupId_earthPoint_idx"/);
      expect(s.plan).not.toMatch(/"Meeting_earthPoint_idx"/);
    }
  });

  it('never read groups down an ordered index instead, even for "in the next 7 days"', async () => {
    // A range of the soonest-first index is a full read in disguise: every
    // group meeting this week, each document tested for a rare word.
    const gathered = gatheredOnly(
      await plans([
        [{ q: 'zephyr', soon: '1' }, 'index'],
        [{ q: 'zephyr', soon: '1', sort: 'name' }, 'index'],
        [{ where: 'Kingston', radius: '25', soon: '1', q: 'zephyr' }, 'index'],
      ]),
    );
    expect(gathered.length).toBeGreaterThan(0);
    expect(gathered.filter((s) => /(Index (Only )?Scan using|Bitmap Index Scan on) "Group_(?!search_idx)/.test(s.plan)).map((s) => s.plan)).toEqual([]);
  });
});
