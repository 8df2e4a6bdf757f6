// Best match near a town where groups are dense: the words' groups are few
// among the nearest meetings, so the search looks further out (decision 039).
// Tried as a visitor in Kingston typing a rare word would: the page must list
// the nearest groups with that word, nearest first, and none farther ahead
// of a nearer one.
import { beforeAll, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { searchGroups } from '../../lib/search/data.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';
import { lookupPlace, haversineKm, EARTHDISTANCE_RADIUS_KM } from '../../lib/geo/gazetteer.ts';

const here = lookupPlace('Kingston')!;
// A point `km` north of the town centre.
const north = (km: number) => ({ lat: here.lat + km / 111.2, lng: here.lng });
const targets: { slug: string; km: number }[] = [];

beforeAll(async () => {
  await createTopics(db);
  const add = (slug: string, name: string, km: number) =>
    createGroup(db, buildGroup({ slug, name, topicSlugs: [], meetings: [buildMeeting({ town: 'Kingston', latitude: north(km).lat, longitude: north(km).lng })] }));
  // 400 other groups within 4 km: the nearest 320 meetings hold only ten of the word's groups.
  for (let i = 0; i < 400; i += 20) await Promise.all(Array.from({ length: 20 }, (_, k) => add(`harbour-${i + k}`, `Harbour Circle ${i + k}`, 0.01 + (i + k) * 0.01)));
  for (const km of [...Array.from({ length: 10 }, (_, i) => 0.255 + i * 0.25), ...Array.from({ length: 20 }, (_, i) => 5 + i * 0.5)]) {
    const slug = `quokka-${targets.length}`;
    targets.push({ slug, km });
    await add(slug, `Quokka Circle ${targets.length}`, km);
  }
}, 180_000);

it('lists the nearest twenty groups with the word, nearest first, though most meetings nearby are other groups', async () => {
  const { filters } = parseSearchParams({ q: 'quokka', where: 'Kingston', radius: '25' });
  const page = await searchGroups(filters, { lat: here.lat, lng: here.lng, radiusKm: 25, label: here.label });
  const slugs = new Map((await db.group.findMany({ where: { id: { in: page.hits.map((h) => h.id) } }, select: { id: true, slug: true } })).map((g) => [g.id, g.slug]));
  const expected = [...targets].sort((a, b) => a.km - b.km).slice(0, 20);
  expect(page.hits.map((h) => slugs.get(h.id))).toEqual(expected.map((t) => t.slug));
  for (const [i, hit] of page.hits.entries()) {
    const km = haversineKm(here, north(expected[i]!.km), EARTHDISTANCE_RADIUS_KM);
    expect(hit.distanceKm).toBeCloseTo(km, 1);
  }
});
