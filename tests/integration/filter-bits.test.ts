// Counting filters alone reads each group's filter bits off a list's index
// entries (decision 045). The bits are a second copy of the facet tags, so
// every filter a visitor can set must pick the same groups both ways, and
// the copies must follow every edit a listing can take.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../lib/generated/prisma/client.ts';
import { db, rawQuery } from '../support/db.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { buildGroup, buildMeeting, createGroup } from '../../prisma/seed/factories.ts';
import { parseSearchParams, type SearchFilters } from '../../lib/search/schema.ts';
import { filterBitTests, groupConditions } from '../../lib/search/sql.ts';
import { ACCESSIBILITY_CODES, TIME_BAND_CODES } from '../../lib/vocabulary/index.ts';

const { sql, join } = Prisma;

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
}, 180_000);

const filtersOf = (params: Record<string, string>): SearchFilters => parseSearchParams(params).filters;

async function ids(statement: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(statement.text, ...statement.values);
  return rows.map((r) => r.id).sort();
}

/** Published groups matching the facet tags, as the search index reads them. */
const byFacets = (f: SearchFilters) => {
  const conds = groupConditions(f);
  return ids(sql`SELECT g.id FROM "Group" g WHERE g.status = 'PUBLISHED' ${conds.length ? sql`AND ${join(conds, ' AND ')}` : sql``}`);
};

/** The same, from the bits on the A–Z list's rows, or on a topic's links. */
const byBits = (f: SearchFilters) => {
  const tests = filterBitTests(f)!;
  const topic = f.topics[0];
  return topic
    ? ids(sql`SELECT gt."groupId" AS id FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE t.slug = ${topic} AND ${join(tests(sql`gt."filterBits"`), ' AND ')}`)
    : ids(sql`SELECT g.id FROM "Group" g WHERE ${join(tests(sql`g."filterBits"`), ' AND ')}`);
};

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ATTENDANCE = ['in-person', 'online', 'phone', 'hybrid'];

describe('filter bits', () => {
  it('give every value of every filter its own bit', async () => {
    const tags = [
      'c:free', 'c:donation', 'c:fee', ...[1, 2, 3, 4, 5].map((n) => `l:${n}`), ...ACCESSIBILITY_CODES.map((c) => `a:${c}`),
      ...['IN_PERSON', 'ONLINE', 'HYBRID', 'PHONE'].flatMap((k) => [0, 1, 2, 3, 4, 5, 6, 7].flatMap((d) => [...TIME_BAND_CODES, 'none'].map((b) => `s:${k}:${d}:${b}`))),
    ];
    const rows = await rawQuery<{ bit: number | null }>(`SELECT filter_bit(t) AS bit FROM unnest($1::text[]) AS t`, tags);
    const bits = rows.map((r) => r.bit);
    expect(bits.every((b) => b !== null && b >= 0 && b < 143)).toBe(true);
    expect(new Set(bits).size).toBe(tags.length);
    // Tags a search never tests as bits have none.
    const none = await rawQuery<{ bit: number | null }>(`SELECT filter_bit(t) AS bit FROM unnest($1::text[]) AS t`, ['lang:fr', 't:grief', 's:*:2:evening', 'a:unknown', 's:ONLINE:9:evening']);
    expect(none.map((r) => r.bit)).toEqual([null, null, null, null, null]);
  });

  it.each([
    ['nothing asked', {}],
    ...['free', 'donation', 'fee'].map((c) => [`cost ${c}`, { cost: c }] as const),
    ...['member-led', 'hybrid', 'professional'].map((l) => [`leadership ${l}`, { leadership: l }] as const),
    ...ACCESSIBILITY_CODES.map((a) => [`place ${a}`, { access: a }] as const),
    ['every place feature at once', { access: ACCESSIBILITY_CODES.join(',') }],
    ...ATTENDANCE.map((a) => [`attendance ${a}`, { attendance: a }] as const),
    ...DAYS.map((d) => [`day ${d}`, { day: d }] as const),
    ...TIME_BAND_CODES.map((t) => [`time ${t}`, { time: t }] as const),
    ...ATTENDANCE.flatMap((a) => DAYS.flatMap((d) => TIME_BAND_CODES.map((t) => [`${a} ${d} ${t}`, { attendance: a, day: d, time: t }] as const))),
    ['two kinds, two days', { attendance: 'online,phone', day: 'mon,thu' }],
    ['free, step-free, member-led', { cost: 'free', access: 'wheelchair', leadership: 'member-led' }],
    ['a topic alone', { topic: 'bereavement' }],
    ['a topic with filters', { topic: 'mental-health', cost: 'free,donation', time: 'evening' }],
    ['a topic online', { topic: 'addictions', attendance: 'online' }],
  ] as [string, Record<string, string>][])('pick the same published groups as the facet tags: %s', async (_name, params) => {
    const f = filtersOf(params);
    expect(await byBits(f)).toEqual(await byFacets(f));
  });

  it('are not offered for languages or several topics, which the search index reads', () => {
    expect(filterBitTests(filtersOf({ lang: 'fr' }))).toBeNull();
    expect(filterBitTests(filtersOf({ topic: 'bereavement,addictions' }))).toBeNull();
  });

  it('follow a listing through the edits staff make to it', async () => {
    const g = await createGroup(
      db,
      buildGroup({ name: 'Bits Follow Circle', costKind: 'FREE', leadership: 1, accessibilityFeatures: [], topicSlugs: ['seniors'], meetings: [buildMeeting({ attendance: 'IN_PERSON', weekdays: [1], startTime: '10:00' })] }),
    );
    const state = async () => {
      const [row] = await rawQuery<{ status: string; bits: string | null; links: (string | null)[] }>(
        `SELECT g.status, g."filterBits"::text AS bits, array(SELECT gt."filterBits"::text FROM "GroupTopic" gt WHERE gt."groupId" = g.id) AS links FROM "Group" g WHERE g.id = $1`,
        g.id,
      );
      return row!;
    };
    const found = async (params: Record<string, string>) => (await byBits(filtersOf(params))).includes(g.id);
    const agrees = async () => {
      const s = await state();
      expect(s.links.every((l) => l === s.bits), 'each topic link carries the group’s bits').toBe(true);
      if (s.status === 'PUBLISHED') expect(s.bits).toMatch(/^[01]{143}$/);
      else expect(s.bits).toBeNull();
    };
    await db.group.update({ where: { id: g.id }, data: { status: 'PUBLISHED' } });
    await agrees();
    expect(await found({ attendance: 'in-person', day: 'mon', time: 'morning' })).toBe(true);
    expect(await found({ topic: 'seniors', cost: 'free' })).toBe(true);

    // The meeting moves to Thursday evening online.
    const meeting = await db.meeting.findFirstOrThrow({ where: { groupId: g.id } });
    await db.meeting.update({ where: { id: meeting.id }, data: { attendance: 'ONLINE', weekdays: [4], startTime: '19:30', venueName: null, addressLine1: null, town: null, postalCode: null, latitude: null, longitude: null } });
    await agrees();
    expect(await found({ attendance: 'in-person', day: 'mon' })).toBe(false);
    expect(await found({ topic: 'seniors', attendance: 'online', day: 'thu', time: 'evening' })).toBe(true);

    // Cost, leadership and place features change.
    await db.group.update({ where: { id: g.id }, data: { costKind: 'FEE', leadership: 5, accessibilityFeatures: ['wheelchair', 'hearing-loop'] } });
    await agrees();
    expect(await found({ cost: 'free' })).toBe(false);
    expect(await found({ topic: 'seniors', cost: 'fee', leadership: 'professional', access: 'wheelchair,hearing-loop' })).toBe(true);

    // A new topic link carries the bits from the start.
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'bereavement' } });
    await db.groupTopic.create({ data: { groupId: g.id, topicId: topic.id } });
    await agrees();
    expect(await found({ topic: 'bereavement', attendance: 'online' })).toBe(true);

    // Taken down: no list counts it.
    await db.group.update({ where: { id: g.id }, data: { status: 'ARCHIVED' } });
    await agrees();
    expect(await found({})).toBe(false);
    expect(await found({ topic: 'seniors' })).toBe(false);

    // Published again, and the meeting removed: no slot is left.
    await db.group.update({ where: { id: g.id }, data: { status: 'PUBLISHED' } });
    await db.meeting.delete({ where: { id: meeting.id } });
    await agrees();
    expect(await found({ topic: 'seniors' })).toBe(true);
    expect(await found({ attendance: 'online' })).toBe(false);
  });
});
