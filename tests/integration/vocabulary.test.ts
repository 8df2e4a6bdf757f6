// The vocabularies are written once, in lib/vocabulary; the database's enum,
// time bands and search tags must say the same, or a filter would quietly
// find nothing.
import { describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { ACCESSIBILITY_CODES, COST_KINDS, FACET, FILTER_LANGUAGES, timeBand } from '../../lib/vocabulary/index.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';
import { searchGroups } from '../../lib/search/data.ts';

describe('the database and lib/vocabulary', () => {
  it('list the same kinds of cost', async () => {
    const rows = await rawQuery<{ v: string }>(`SELECT unnest(enum_range(NULL::"CostKind"))::text AS v`);
    expect(rows.map((r) => r.v)).toEqual([...COST_KINDS]);
  });

  it('put every start time in the same band', async () => {
    const times = [null, '', '00:00', '09:30', '11:59', '12:00', '13:15', '16:59', '17:00', '19:00', '23:59'];
    const rows = await rawQuery<{ t: string | null; band: string }>(`SELECT t, meeting_time_band(t) AS band FROM unnest($1::text[]) AS t`, times);
    for (const r of rows) expect(r.band, `start ${r.t}`).toBe(timeBand(r.t || null));
  });

  it('tag a group with the prefixes the search filters look for', async () => {
    await createTopics(db);
    const g = await createGroup(
      db,
      buildGroup({
        name: 'Vocabulary Check Circle', languages: ['en', 'fr'], costKind: 'DONATION', leadership: 2,
        accessibilityFeatures: [...ACCESSIBILITY_CODES], topicSlugs: ['seniors'],
        meetings: [buildMeeting({ attendance: 'ONLINE', weekdays: [2], startTime: '19:00', venueName: null, addressLine1: null, town: null, postalCode: null, latitude: null, longitude: null })],
      }),
    );
    const { facets } = await db.group.findUniqueOrThrow({ where: { id: g.id }, select: { facets: true } });
    expect(facets).toEqual(
      expect.arrayContaining([
        `${FACET.topic}seniors`, `${FACET.language}en`, `${FACET.language}fr`, `${FACET.cost}donation`, `${FACET.leadership}2`,
        ...ACCESSIBILITY_CODES.map((c) => FACET.access + c), `${FACET.slot}ONLINE:2:${timeBand('19:00')}`,
      ]),
    );
    // And a search through the filters built from the same words finds it.
    const { filters } = parseSearchParams({ topic: 'seniors', lang: 'fr', access: 'wheelchair', time: timeBand('19:00'), day: 'tue', attendance: 'online' });
    const page = await searchGroups(filters, null);
    expect(page.hits.map((h) => h.id)).toContain(g.id);
    expect(FILTER_LANGUAGES).toContain('fr');
  });
});
