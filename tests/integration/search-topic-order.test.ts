// A–Z pages read a list in name order first (decision 040): a topic's own
// list for a search in everyday words ("my husband drinks") or with one
// topic chosen, the whole A–Z index for other words. Tried here on the
// seeded directory plus a long run of groups in one topic whose names come
// first A–Z, with the walk forced on and off: a visitor must get the same
// groups in the same order either way, including when the walk finds too
// few and the search gathers its matches instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { searchTuning } from '../../lib/search/data.ts';
import { BULK, searchWalking, seedWithFirstNamed } from '../support/search-walking.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';

const NOW = new Date('2026-11-23T15:00:00Z');
const defaults = { ...searchTuning };
beforeAll(async () => {
  await seedWithFirstNamed();
  await db.$executeRawUnsafe(`
    INSERT INTO "GroupTopic" ("groupId", "topicId")
    SELECT 'aa-' || i, (SELECT id FROM "Topic" WHERE slug = 'addictions') FROM generate_series(1, ${BULK}) AS i`);
  await db.$executeRawUnsafe('ANALYZE "Group"');
  await db.$executeRawUnsafe('ANALYZE "GroupTopic"');
  await refreshNextMeetings(NOW);
}, 180_000);

afterAll(() => Object.assign(searchTuning, defaults));

const search = (params: Record<string, string>, walk: boolean | null) => searchWalking(params, walk, NOW);

const walked = (statements: string[]) => statements.some((s) => s.startsWith('WITH walk AS MATERIALIZED'));
const walkedTopic = (statements: string[]) => statements.some((s) => s.startsWith('WITH walk AS MATERIALIZED') && s.includes('FROM "GroupTopic" gt'));
/** A statement that gathers matches and sorts them A–Z (not a walk). */
const gathered = (statements: string[]) => statements.some((s) => /ORDER BY g\."sortName" \|\| '', g\.id LIMIT/.test(s));

describe('reading a topic A–Z', () => {
  it.each([
    ['everyday words naming two topics', { q: 'my husband drinks' }],
    ['everyday words, page 2', { q: 'my husband drinks', page: '2' }],
    ['a concept and a word nothing has', { q: 'gambling problem kitchen' }],
    ['one topic chosen, A–Z', { topic: 'addictions', sort: 'name' }],
    ['one topic chosen, page 4', { topic: 'addictions', sort: 'name', page: '4' }],
    ['one topic and a filter few of its groups meet', { topic: 'addictions', access: 'wheelchair', sort: 'name' }],
    ['a topic with a word', { topic: 'addictions', q: 'support', sort: 'name' }],
    ['a word many names have, best match first', { q: 'circle' }],
    ['a word in many summaries, A–Z', { q: 'support', sort: 'name' }],
    ['a word among online groups only', { q: 'bereavement', attendance: 'online' }],
  ])('finds the same groups in the same order as gathering them: %s', async (_name, params) => {
    const gathered = await search(params, false);
    const walkedPage = await search(params, true);
    const usual = await search(params, null);
    expect(walked(walkedPage.statements)).toBe(true);
    expect(walked(gathered.statements)).toBe(false);
    expect(walkedPage.page.hits.map((h) => h.id)).toEqual(gathered.page.hits.map((h) => h.id));
    expect(usual.page.hits.map((h) => h.id)).toEqual(gathered.page.hits.map((h) => h.id));
    expect(usual.page.total).toBe(gathered.page.total);
  });

  it('lists a topic’s first page from its own list, without gathering every group in it', async () => {
    const { page, statements } = await search({ topic: 'addictions', sort: 'name' }, null);
    expect(page.hits.map((h) => h.id)).toEqual(Array.from({ length: 20 }, (_, i) => `aa-${i + 1}`));
    expect(walkedTopic(statements)).toBe(true);
    expect(gathered(statements)).toBe(false);
  });

  it('gathers instead when the first stretch of the topic holds too few matches', async () => {
    // None of the bulk groups is step-free, and they fill the walk.
    const { page, statements } = await search({ topic: 'addictions', access: 'wheelchair', sort: 'name' }, null);
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits.every((h) => !h.id.startsWith('aa-'))).toBe(true);
    expect(gathered(statements)).toBe(true);
  });

  it('does not walk on through the whole directory for a word the first stretch of names lacks', async () => {
    // The bulk groups come first A–Z and none meets online: the walk comes
    // back short after 640 names, and the matches are gathered from the search index.
    const { page, statements } = await search({ q: 'bereavement', attendance: 'online', sort: 'name' }, null);
    expect(page.hits.length).toBeGreaterThan(0);
    expect(walked(statements)).toBe(true);
    expect(gathered(statements)).toBe(true);
  });

  it('moves a renamed group to its new place in the topic’s list', async () => {
    await db.$executeRawUnsafe(`UPDATE "Group" SET name = 'Zebra Circle' WHERE id = 'aa-1'`);
    const { page } = await search({ topic: 'addictions', sort: 'name' }, true);
    expect(page.hits[0]?.id).toBe('aa-2');
    const rows = await db.$queryRawUnsafe<{ sortName: string }[]>(`SELECT "sortName" FROM "GroupTopic" WHERE "groupId" = 'aa-1'`);
    expect(rows).toEqual([{ sortName: 'zebra circle' }]);
    const last = await search({ topic: 'addictions', sort: 'name', page: '40' }, true);
    const gathered = await search({ topic: 'addictions', sort: 'name', page: '40' }, false);
    expect(last.page.hits.map((h) => h.id)).toEqual(gathered.page.hits.map((h) => h.id));
  });
});
