// A large directory counts common matches differently (decision 039): by
// reading groups in storage order until the count's cap, not by gathering
// every match from the search index. Tried here on the seeded directory with
// that plan forced on and forced off: a visitor must get the same groups, in
// the same order, and the same count either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { COUNT_CAP, searchGroups, searchTuning, type SearchPage } from '../../lib/search/data.ts';
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
  await db.$executeRawUnsafe('ANALYZE "Group"');
  await refreshNextMeetings(NOW);
}, 180_000);

afterAll(() => Object.assign(searchTuning, defaults));

async function search(params: Record<string, string>, large: boolean): Promise<SearchPage> {
  searchTuning.storageOrderCount = large;
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
  ])('finds the same groups in the same order, and the same count: %s', async (_name, params) => {
    const usual = await search(params, false);
    const large = await search(params, true);
    expect(large.hits.map((h) => h.id)).toEqual(usual.hits.map((h) => h.id));
    expect({ total: large.total, capped: large.totalIsCapped }).toEqual({ total: usual.total, capped: usual.totalIsCapped });
  });

  it('counts past the cap in storage order and says "more than"', async () => {
    const page = await search({ q: 'zephyr' }, true);
    expect(page.totalIsCapped).toBe(true);
    expect(page.hits).toHaveLength(20);
  });
});
