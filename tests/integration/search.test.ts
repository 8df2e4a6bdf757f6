// Search as visitors use it: everyday words, misspellings, filters, distance
// and hostile input, against the seeded directory in real PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { buildGroup, buildMeeting, createGroup } from '../../prisma/seed/factories.ts';
import { parseSearchParams, PAGE_SIZE } from '../../lib/search/schema.ts';
import { searchGroups, searchStatements, type SearchPage } from '../../lib/search/data.ts';
import { findForResultsPage, groupsShown } from '../../lib/search/results-page-data.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';
import { lookupPlace, haversineKm, EARTHDISTANCE_RADIUS_KM } from '../../lib/geo/gazetteer.ts';

const NOW = new Date('2026-11-23T15:00:00Z');

async function search(params: Record<string, string | string[]>): Promise<SearchPage> {
  const { filters } = parseSearchParams(params);
  let origin = null;
  if (filters.where) {
    const p = lookupPlace(filters.where);
    if (p) origin = { lat: p.lat, lng: p.lng, radiusKm: filters.radiusKm, label: p.label };
  }
  return searchGroups(filters, origin, NOW);
}

async function topicsOf(ids: string[]): Promise<Map<string, string[]>> {
  const rows = await rawQuery<{ id: string; slugs: string[] }>(
    `SELECT gt."groupId" AS id, array_agg(t.slug) AS slugs FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE gt."groupId" = ANY($1) GROUP BY 1`,
    ids,
  );
  return new Map(rows.map((r) => [r.id, r.slugs]));
}

/** Each of the top five is in the topic or names the word itself; most are in the topic. */
async function expectTopicInTopResults(q: string, topic: string) {
  const page = await search({ q });
  expect(page.total, `"${q}" found nothing`).toBeGreaterThan(0);
  const top = page.hits.slice(0, 5).map((h) => h.id);
  const topics = await topicsOf(top);
  const names = new Map((await db.group.findMany({ where: { id: { in: top } }, select: { id: true, name: true } })).map((g) => [g.id, g.name]));
  let inTopic = 0;
  for (const id of top) {
    const has = topics.get(id)?.includes(topic) ?? false;
    if (has) inTopic++;
    else expect(names.get(id)?.toLowerCase(), `"${q}" → ${names.get(id)}`).toContain(q.split(' ')[0]);
  }
  expect(inTopic).toBeGreaterThanOrEqual(Math.min(3, top.length));
}

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
  // A few listings with known names, for exact assertions.
  await createGroup(db, buildGroup({ slug: 'caf-de-l-amitie', name: 'Café de l’Amitié Circle', topicSlugs: ['seniors'], meetings: [buildMeeting({ town: 'Ottawa', latitude: 45.4215, longitude: -75.6972 })] }));
  await createGroup(db, buildGroup({ slug: 'hidden-draft', name: 'Bereavement Draft Circle', status: 'DRAFT', topicSlugs: ['bereavement'] }));
  await refreshNextMeetings(NOW);
}, 180_000);

describe('text search', () => {
  it.each([
    ['bereavment', 'bereavement'],
    ['alchohol', 'addictions'],
    ['caregiveing', 'caregiving'],
  ])('finds groups for the misspelling "%s"', async (q, topic) => {
    const page = await search({ q });
    // Read as the vocabulary's phrase, or corrected to a word in the listings: either way the page says so.
    expect(page.correctedQuery !== null || page.reading.mode === 'concepts').toBe(true);
    await expectTopicInTopResults(q, topic);
  });

  it('corrects a misspelt word from the listings that the vocabulary does not know', async () => {
    const page = await search({ q: 'companons' });
    expect(page.correctedQuery).toBe('companions');
    expect(page.total).toBeGreaterThan(0);
  });

  it('never corrects a word the vocabulary knows into a different one from the listings', async () => {
    for (const q of ['miscarriage', 'greiving', 'alateen']) {
      const page = await search({ q });
      expect(page.correctedQuery, q).toBeNull();
      expect(page.total, q).toBeGreaterThan(0);
    }
  });

  it.each([
    ['grief', 'bereavement'],
    ['drinking', 'addictions'],
    ['new mom', 'family-parenting'],
    ['chemo', 'cancer'],
  ])('maps the everyday word "%s" to its topic', async (q, topic) => {
    await expectTopicInTopResults(q, topic);
  });

  it('ignores accents and case', async () => {
    for (const q of ['cafe de l amitie', 'CAFÉ AMITIÉ']) {
      const page = await search({ q });
      const names = await db.group.findMany({ where: { id: { in: page.hits.map((h) => h.id) } }, select: { slug: true } });
      expect(names.map((n) => n.slug), q).toContain('caf-de-l-amitie');
    }
  });

  it('ranks a name match above a description match', async () => {
    const page = await search({ q: 'widowed' });
    const first = await db.group.findUnique({ where: { id: page.hits[0]?.id ?? '' }, select: { name: true } });
    expect(first?.name).toMatch(/Widowed/);
  });

  it('lists best matches in tiers: named for the words, then on a topic that has them, then mentioning them', async () => {
    await db.topic.create({ data: { slug: 'quillwort-care', name: 'Quillwort Care', description: 'Tending quillworts together.', keywords: ['quillwort'] } });
    const mention = await createGroup(db, buildGroup({ name: 'Aardvark Garden Circle', description: 'We sometimes talk about quillwort.', topicSlugs: ['seniors'] }));
    const onTopic = await createGroup(db, buildGroup({ name: 'Middle Garden Circle', topicSlugs: ['quillwort-care'] }));
    const named = await createGroup(db, buildGroup({ name: 'Zinnia Quillwort Circle', topicSlugs: ['seniors'] }));
    const page = await search({ q: 'quillwort' });
    expect(page.hits.map((h) => h.id)).toEqual([named.id, onTopic.id, mention.id]);
    expect(page.total).toBe(3);
  });

  it('pages through best matches without repeats, each tier before the next', async () => {
    const first = await search({ q: 'support' });
    expect(first.total).toBeGreaterThan(2 * PAGE_SIZE);
    const ids: string[] = [];
    for (let page = 1; page <= 3; page++) ids.push(...(await search({ q: 'support', page: String(page) })).hits.map((h) => h.id));
    expect(new Set(ids).size).toBe(ids.length);
    const tiers = await rawQuery<{ id: string; tier: number }>(
      `SELECT id, CASE WHEN "nameVector" @@ websearch_to_tsquery('english', 'support') THEN 1
                       WHEN "headVector" @@ websearch_to_tsquery('english', 'support') THEN 2 ELSE 3 END AS tier
       FROM "Group" WHERE id = ANY($1)`,
      ids,
    );
    const tierOf = new Map(tiers.map((t) => [t.id, t.tier]));
    const order = ids.map((id) => tierOf.get(id)!);
    expect(new Set(order).size, 'the pages should reach past the first tier').toBeGreaterThan(1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('supports "quoted phrases", OR and -exclusion', async () => {
    const phrase = await search({ q: '"grief companions"' });
    const loose = await search({ q: 'grief companions' });
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.total).toBeLessThanOrEqual(loose.total);
    const either = await search({ q: 'cancer OR diabetes' });
    const cancer = await search({ q: 'cancer' });
    expect(either.total).toBeGreaterThan(cancer.total);
    const excluded = await search({ q: 'cancer -toronto' });
    const all = await db.group.findMany({ where: { id: { in: cancer.hits.map((h) => h.id) } }, select: { name: true } });
    expect(all.some((n) => /toronto/i.test(n.name))).toBe(true);
    expect(excluded.total).toBeGreaterThan(0);
    const names = await db.group.findMany({ where: { id: { in: excluded.hits.map((h) => h.id) } }, select: { name: true } });
    for (const n of names) expect(n.name).not.toMatch(/toronto/i);
    // Nothing has "cancer" without "breast" (the topic's own keywords name it): an
    // exact query is not relaxed into one that brings back what it excluded.
    expect((await search({ q: 'cancer -breast' })).total).toBe(0);
  });

  it('lists everything published for an empty query, and never drafts', async () => {
    const page = await search({});
    expect(page.total).toBe(await db.group.count({ where: { status: 'PUBLISHED' } }));
    const drafts = await search({ q: 'bereavement draft' });
    const ids = drafts.hits.map((h) => h.id);
    const draft = await db.group.findUnique({ where: { slug: 'hidden-draft' }, select: { id: true } });
    expect(ids).not.toContain(draft?.id);
  });

  it.each([
    ['a very long string', 'x'.repeat(5000)],
    ['SQL', "'; DROP TABLE \"Group\"; --"],
    ['tsquery syntax', '!!! & | :* <-> ( ) \\'],
    ['emoji', '😀 grief 🙏'],
    ['right-to-left text', 'مجموعة دعم'],
    ['control characters', 'grief\u0000\u0007'],
    ['only stop words', 'the and of'],
  ])('answers %s without error', async (_label, q) => {
    const page = await search({ q });
    expect(page.total).toBeGreaterThanOrEqual(0);
    expect(await db.group.count()).toBeGreaterThan(150);
  });

  // Through everything the results page runs: the place, the vocabulary, the
  // relaxing and the offers on an empty page.
  it.each([
    ['markup', { q: '<script>alert(1)</script> grief', where: '<img src=x onerror=alert(1)>' }],
    ['a 10 kB string in both boxes', { q: 'lost my husband '.repeat(640), where: 'Kingston '.repeat(1140) }],
    ['tsquery operators with vocabulary words', { q: "grief & !drinking | 'aa':* <-> (sober", where: 'K7L & !' }],
    ['an unclosed quote and a lone minus', { q: '"lost my husband -', where: '-' }],
    ['control characters in the place', { q: 'deuil\u0000', where: 'Kingst\u0007n\u001b[31m' }],
    ['mixed scripts', { q: 'deuil 悲伤 горе grief أمل', where: 'Торонто' }],
    ['a town and nothing else repeated', { q: 'toronto toronto toronto toronto', where: '' }],
  ])('answers %s with a page of results or offers', async (_label, params) => {
    const { filters } = parseSearchParams(params);
    const found = await findForResultsPage(filters, NOW);
    expect(groupsShown(found).length).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('filters by topic, alone and combined with attendance', async () => {
    const topic = await search({ topic: 'cancer' });
    const ids = topic.hits.map((h) => h.id);
    const topics = await topicsOf(ids);
    for (const id of ids) expect(topics.get(id)).toContain('cancer');
    const online = await search({ topic: 'cancer', attendance: 'online' });
    expect(online.total).toBeLessThanOrEqual(topic.total);
    for (const h of online.hits) {
      const m = await db.meeting.findMany({ where: { id: { in: h.matchedMeetingIds } }, select: { attendance: true } });
      for (const x of m) expect(['ONLINE', 'HYBRID']).toContain(x.attendance);
    }
  });

  it('filters by day and time of day on the same meeting', async () => {
    const page = await search({ day: 'tue', time: 'evening' });
    expect(page.total).toBeGreaterThan(0);
    const ids = page.hits.flatMap((h) => h.matchedMeetingIds);
    const ms = await db.meeting.findMany({ where: { id: { in: ids } }, select: { weekdays: true, startTime: true } });
    for (const m of ms) {
      expect(m.weekdays).toContain(2);
      expect(m.startTime! >= '17:00').toBe(true);
    }
  });

  it('filters free, wheelchair-accessible, language and leadership', async () => {
    const page = await search({ cost: 'free', access: 'wheelchair', leadership: 'member-led' });
    const gs = await db.group.findMany({ where: { id: { in: page.hits.map((h) => h.id) } }, select: { costKind: true, accessibilityFeatures: true, leadership: true } });
    for (const g of gs) {
      expect(g.costKind).toBe('FREE');
      expect(g.accessibilityFeatures).toContain('wheelchair');
      expect(g.leadership).toBeLessThanOrEqual(2);
    }
    const french = await search({ lang: 'fr' });
    const fr = await db.group.findMany({ where: { id: { in: french.hits.map((h) => h.id) } }, select: { languages: true } });
    expect(fr.length).toBeGreaterThan(0);
    for (const g of fr) expect(g.languages).toContain('fr');
  });

  it('filters by any of the costs chosen, and every stored accessibility feature', async () => {
    const costs = await search({ cost: ['donation', 'fee'] });
    expect(costs.total).toBeGreaterThan(0);
    const cs = await db.group.findMany({ where: { id: { in: costs.hits.map((h) => h.id) } }, select: { costKind: true } });
    for (const g of cs) expect(['DONATION', 'FEE']).toContain(g.costKind);
    expect(costs.total).toBe(await db.group.count({ where: { status: 'PUBLISHED', costKind: { in: ['DONATION', 'FEE'] } } }));
    for (const feature of ['hearing-loop', 'asl', 'scent-free', 'transit', 'parking', 'accessible-washroom']) {
      const page = await search({ access: feature });
      expect(page.total, feature).toBe(await db.group.count({ where: { status: 'PUBLISHED', accessibilityFeatures: { has: feature } } }));
    }
    const both = await search({ access: ['hearing-loop', 'wheelchair'] });
    expect(both.total).toBe(await db.group.count({ where: { status: 'PUBLISHED', accessibilityFeatures: { hasEvery: ['hearing-loop', 'wheelchair'] } } }));
  });

  it('limits results to listings checked in the last year', async () => {
    const page = await search({ checked: '1' });
    const yearAgo = new Date(NOW.getTime() - 365 * 86_400_000);
    expect(page.total).toBe(await db.group.count({ where: { status: 'PUBLISHED', lastVerifiedAt: { gte: yearAgo } } }));
    expect(page.total).toBeLessThan((await search({})).total);
  });

  it('reads the radius in the visitor’s unit, and keeps old links that said free=1', async () => {
    expect(parseSearchParams({ radius: '5', unit: 'mi' }).filters.radiusKm).toBeCloseTo(8.05, 1);
    expect(parseSearchParams({ radius: '2' }).filters.radiusKm).toBe(2);
    // Just switched units: 100 km becomes the nearest offered in miles, without a complaint.
    const switched = parseSearchParams({ radius: '100', unit: 'mi' });
    expect(switched.filters.radius).toBe(50);
    expect(switched.ignored).toEqual([]);
    expect(parseSearchParams({ free: '1' }).filters.costs).toEqual(['free']);
  });

  it('finds groups meeting in the next 7 days, in order of their next meeting', async () => {
    const page = await search({ soon: '1', sort: 'next' });
    expect(page.total).toBeGreaterThan(0);
    const gs = await db.group.findMany({ where: { id: { in: page.hits.map((h) => h.id) } }, select: { id: true, nextMeetingAt: true } });
    const next = new Map(gs.map((g) => [g.id, g.nextMeetingAt!.getTime()]));
    const times = page.hits.map((h) => next.get(h.id)!);
    for (const t of times) expect(t - NOW.getTime()).toBeLessThan(7 * 86_400_000);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // With another meeting filter, the same meeting must be both online and soon.
    const online = await search({ soon: '1', attendance: 'online' });
    const ms = await db.meeting.findMany({ where: { id: { in: online.hits.flatMap((h) => h.matchedMeetingIds) } }, select: { nextStartsAt: true, attendance: true } });
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(m.nextStartsAt!.getTime() - NOW.getTime()).toBeLessThan(7 * 86_400_000);
      expect(['ONLINE', 'HYBRID']).toContain(m.attendance);
    }
  });

  it('ignores bad parameters instead of failing', async () => {
    const { filters, ignored } = parseSearchParams({ day: ['tue', 'funday'], radius: '7', page: '-3', sort: 'best', lat: 'x' });
    expect(filters.days).toEqual(['tue']);
    expect(filters.radiusKm).toBe(25);
    expect(filters.page).toBe(1);
    expect(filters.sort).toBeNull();
    expect(ignored).toEqual(expect.arrayContaining(['day=funday', 'radius=7', 'page=-3', 'sort=best']));
  });
});

describe('near me', () => {
  it('orders local groups by distance and offers online and phone groups beside them', async () => {
    const page = await search({ where: 'Kingston', radius: '25', sort: 'distance' });
    expect(page.total).toBeGreaterThan(0);
    const distances = page.hits.map((h) => h.distanceKm);
    for (const d of distances) {
      expect(d).not.toBeNull();
      expect(d!).toBeLessThanOrEqual(25);
    }
    expect(distances).toEqual([...distances].sort((a, b) => a! - b!));
    expect(page.remote?.hits.length).toBeGreaterThan(0);
    const remote = await db.meeting.findMany({ where: { id: { in: page.remote!.hits.flatMap((h) => h.matchedMeetingIds) } }, select: { attendance: true } });
    for (const m of remote) expect(['ONLINE', 'PHONE', 'HYBRID']).toContain(m.attendance);
    // Choosing "in person" only leaves no remote section.
    const inPerson = await search({ where: 'Kingston', attendance: 'in-person' });
    expect(inPerson.remote?.hits ?? []).toHaveLength(0);
  });

  it('asks once which meetings matched, for the local page and the groups beside it, each by its own filters', async () => {
    const described: string[] = [];
    searchStatements.listener = (st) => {
      if (st.text.includes('AS matched')) described.push(st.text);
    };
    let page: SearchPage;
    try {
      page = await search({ where: 'Kingston', radius: '25', q: 'support' });
    } finally {
      searchStatements.listener = null;
    }
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.remote?.hits.length).toBeGreaterThan(0);
    expect(described).toHaveLength(1);
    // Each list kept its own meetings: within 25 km for the page, online or by phone beside it.
    const here = lookupPlace('Kingston')!;
    const local = await db.meeting.findMany({ where: { id: { in: page.hits.flatMap((h) => h.matchedMeetingIds) } }, select: { attendance: true, latitude: true, longitude: true } });
    expect(local.length).toBeGreaterThan(0);
    for (const m of local) {
      expect(m.attendance).not.toBe('ONLINE');
      expect(haversineKm(here, { lat: Number(m.latitude), lng: Number(m.longitude) }, EARTHDISTANCE_RADIUS_KM)).toBeLessThanOrEqual(25.01);
    }
    const beside = await db.meeting.findMany({ where: { id: { in: page.remote!.hits.flatMap((h) => h.matchedMeetingIds) } }, select: { attendance: true } });
    expect(beside.length).toBeGreaterThan(0);
    for (const m of beside) expect(['ONLINE', 'PHONE', 'HYBRID']).toContain(m.attendance);
  });

  it('computes the same distance in SQL as the haversine formula', async () => {
    const page = await search({ where: 'Ottawa', radius: '10', q: 'amitie' });
    const hit = page.hits[0];
    expect(hit?.distanceKm).not.toBeNull();
    const here = lookupPlace('Ottawa')!;
    const expected = haversineKm(here, { lat: 45.4215, lng: -75.6972 }, EARTHDISTANCE_RADIUS_KM);
    expect(hit!.distanceKm!).toBeCloseTo(expected, 1);
  });

  it('pages nearest-first exactly as a full scan of the radius orders them', async () => {
    const here = lookupPlace('Toronto')!;
    // Every published group with a meeting place within 100 km, nearest first.
    const expected = await rawQuery<{ id: string }>(
      `SELECT g.id FROM "Group" g JOIN "Meeting" m ON m."groupId" = g.id
       WHERE g.status = 'PUBLISHED' AND m."earthPoint" IS NOT NULL
         AND earth_distance(ll_to_earth($1, $2), m."earthPoint") <= 100000
       GROUP BY g.id, g."sortName" ORDER BY min(earth_distance(ll_to_earth($1, $2), m."earthPoint")), g."sortName", g.id`,
      here.lat,
      here.lng,
    );
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(expected.length / PAGE_SIZE); page++) {
      const p = await search({ where: 'Toronto', radius: '100', sort: 'distance', page: String(page) });
      expect(p.total).toBe(expected.length);
      seen.push(...p.hits.map((h) => h.id));
    }
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it('counts exactly the groups within the radius, whichever cells they meet in', async () => {
    for (const [town, radius] of [['Toronto', 25], ['Kingston', 10], ['Ottawa', 50]] as const) {
      const here = lookupPlace(town)!;
      const [row] = await rawQuery<{ n: number }>(
        `SELECT count(DISTINCT g.id)::int AS n FROM "Group" g JOIN "Meeting" m ON m."groupId" = g.id
         WHERE g.status = 'PUBLISHED' AND earth_distance(ll_to_earth($1, $2), m."earthPoint") <= $3`,
        here.lat,
        here.lng,
        radius * 1000,
      );
      expect((await search({ where: town, radius: String(radius) })).total, town).toBe(row!.n);
    }
  });

  it('lists best matches near a place tier by tier, nearest first within each tier', async () => {
    const page = await search({ q: 'support', where: 'Toronto', radius: '100' });
    expect(page.hits.length).toBeGreaterThan(1);
    const tiers = await rawQuery<{ id: string; tier: number }>(
      `SELECT id, CASE WHEN "nameVector" @@ websearch_to_tsquery('english', 'support') THEN 1
                       WHEN "headVector" @@ websearch_to_tsquery('english', 'support') THEN 2 ELSE 3 END AS tier
       FROM "Group" WHERE id = ANY($1)`,
      page.hits.map((h) => h.id),
    );
    const tierOf = new Map(tiers.map((t) => [t.id, t.tier]));
    for (let i = 1; i < page.hits.length; i++) {
      const [a, b] = [page.hits[i - 1]!, page.hits[i]!];
      const [ta, tb] = [tierOf.get(a.id)!, tierOf.get(b.id)!];
      expect(ta).toBeLessThanOrEqual(tb);
      if (ta === tb) expect(a.distanceKm!).toBeLessThanOrEqual(b.distanceKm!);
    }
  });

  it('a larger radius finds at least as many groups', async () => {
    const small = await search({ where: 'Toronto', radius: '5', attendance: 'in-person' });
    const large = await search({ where: 'Toronto', radius: '100', attendance: 'in-person' });
    expect(large.total).toBeGreaterThanOrEqual(small.total);
    expect(large.total).toBeGreaterThan(small.total);
  });
});

describe('filters after edits', () => {
  it('follow a listing the moment its meeting, topics, cost or topic address change', async () => {
    const { id } = await createGroup(
      db,
      buildGroup({ name: 'Lantern Edit Circle', topicSlugs: ['seniors'], costKind: 'FEE', meetings: [buildMeeting({ weekdays: [1], startTime: '10:00', attendance: 'IN_PERSON' })] }),
    );
    const found = async (params: Record<string, string>) => (await search({ q: 'lantern edit', ...params })).hits.some((h) => h.id === id);
    expect(await found({ attendance: 'in-person', day: 'mon', time: 'morning' })).toBe(true);
    expect(await found({ attendance: 'online', day: 'mon' })).toBe(false);
    expect(await found({ day: 'mon', time: 'evening' })).toBe(false);

    await db.meeting.updateMany({ where: { groupId: id }, data: { attendance: 'ONLINE', startTime: '18:30', latitude: null, longitude: null } });
    expect(await found({ attendance: 'online', day: 'mon', time: 'evening' })).toBe(true);
    expect(await found({ attendance: 'in-person' })).toBe(false);

    const caregiving = await db.topic.findUniqueOrThrow({ where: { slug: 'caregiving' } });
    await db.groupTopic.deleteMany({ where: { groupId: id } });
    await db.groupTopic.create({ data: { groupId: id, topicId: caregiving.id } });
    expect(await found({ topic: 'seniors' })).toBe(false);
    expect(await found({ topic: 'caregiving' })).toBe(true);

    expect(await found({ free: '1' })).toBe(false);
    await db.group.update({ where: { id }, data: { costKind: 'FREE', accessibilityFeatures: ['wheelchair'] } });
    expect(await found({ free: '1', access: 'wheelchair' })).toBe(true);

    await db.topic.update({ where: { id: caregiving.id }, data: { slug: 'caregivers' } });
    try {
      const { filters } = parseSearchParams({ q: 'lantern edit' });
      const page = await searchGroups({ ...filters, topics: ['caregivers'] }, null, NOW);
      expect(page.hits.map((h) => h.id)).toContain(id);
    } finally {
      await db.topic.update({ where: { id: caregiving.id }, data: { slug: 'caregiving' } });
    }
    await db.meeting.deleteMany({ where: { groupId: id } });
    expect(await found({ attendance: 'online' })).toBe(false);
  });
});

describe('pagination', () => {
  it(`pages by ${PAGE_SIZE} with a stable order and no overlaps`, async () => {
    const p1 = await search({ sort: 'name' });
    const p2 = await search({ sort: 'name', page: '2' });
    expect(p1.hits).toHaveLength(PAGE_SIZE);
    expect(p1.pageCount).toBe(Math.ceil(p1.total / PAGE_SIZE));
    const ids1 = new Set(p1.hits.map((h) => h.id));
    for (const h of p2.hits) expect(ids1.has(h.id)).toBe(false);
    const last = await search({ sort: 'name', page: String(p1.pageCount) });
    expect(last.hits.length).toBe(p1.total - (p1.pageCount - 1) * PAGE_SIZE);
    const beyond = await search({ sort: 'name', page: String(p1.pageCount + 1) });
    expect(beyond.hits).toHaveLength(0);
    expect(beyond.total).toBe(p1.total);
  });
});
