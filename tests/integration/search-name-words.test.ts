// Groups named for every word of a search come first, A–Z, read down each
// name word's own list (decision 041). Tried here on the seeded directory
// plus a long run of groups whose names come first A–Z: a visitor must get
// the same groups in the same order as when the matches are gathered and
// sorted, and the lists must follow every new, renamed and removed group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { searchTuning } from '../../lib/search/data.ts';
import { searchWalking, seedWithFirstNamed } from '../support/search-walking.ts';
import { refreshNextMeetings } from '../../lib/listings/next-meetings.ts';

const NOW = new Date('2026-11-23T15:00:00Z');
const defaults = { ...searchTuning };
beforeAll(async () => {
  await seedWithFirstNamed();
  // Every fifth of them also grieves, and every tenth is not yet published.
  await db.$executeRawUnsafe(`UPDATE "Group" SET name = 'Aardvark Grief Companions ' || substr(id, 4) WHERE id LIKE 'aa-%' AND substr(id, 4)::int % 5 = 0`);
  await db.$executeRawUnsafe(`UPDATE "Group" SET status = 'DRAFT' WHERE id LIKE 'aa-%' AND substr(id, 4)::int % 10 = 0`);
  await db.$executeRawUnsafe('ANALYZE "Group"');
  await db.$executeRawUnsafe('ANALYZE "GroupNameWord"');
  await refreshNextMeetings(NOW);
}, 180_000);

afterAll(() => Object.assign(searchTuning, defaults));

const search = (params: Record<string, string>, walk: boolean | null) => searchWalking(params, walk, NOW);

const walkedNames = (statements: string[]) => statements.some((s) => s.startsWith('WITH walk AS MATERIALIZED') && s.includes('FROM "GroupNameWord" w'));

/** Name words as the triggers should have them, against what the table holds: each side's extra rows. */
async function listDrift() {
  const [row] = await db.$queryRawUnsafe<{ missing: bigint; extra: bigint }[]>(`
    WITH expected AS (
      SELECT DISTINCT w AS word, g.id AS "groupId", g."sortName" FROM "Group" g, unnest(tsvector_to_array(coalesce(g."nameVector", ''::tsvector))) AS w
    )
    SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT word, "groupId", "sortName" FROM "GroupNameWord") x) AS missing,
           (SELECT count(*) FROM (SELECT word, "groupId", "sortName" FROM "GroupNameWord" EXCEPT SELECT * FROM expected) x) AS extra`);
  return { missing: Number(row!.missing), extra: Number(row!.extra) };
}

describe('reading groups named for the words A–Z', () => {
  it.each([
    ['a word many names have', { q: 'circle' }],
    ['a word many names have, page 3', { q: 'circle', page: '3' }],
    ['a word in some names', { q: 'grief' }],
    ['a quoted phrase with an exclusion', { q: '"grief companions" -pet' }],
    ['two words', { q: 'grief companions' }],
    ['a word read two ways (English and French stems)', { q: 'companions' }],
    ['a word named in the seed', { q: 'bereavement' }],
    ['a word with a filter the first names lack', { q: 'circle', attendance: 'online' }],
    ['a word near a town, with the online groups beside it', { q: 'grief', where: 'Toronto' }],
    ['a misspelt word', { q: 'grieff companions' }],
  ])('finds the same groups in the same order as gathering them: %s', async (_name, params) => {
    const gathered = await search(params, false);
    const walked = await search(params, true);
    const usual = await search(params, null);
    expect(walked.page.hits.map((h) => h.id)).toEqual(gathered.page.hits.map((h) => h.id));
    expect(walked.page.remote?.hits.map((h) => h.id)).toEqual(gathered.page.remote?.hits.map((h) => h.id));
    expect(usual.page.hits.map((h) => h.id)).toEqual(gathered.page.hits.map((h) => h.id));
    expect(usual.page.total).toBe(gathered.page.total);
  });

  it('lists the first page of a common name word from its own list, drafts left out', async () => {
    const { page, statements } = await search({ q: '"grief companions"' }, null);
    expect(walkedNames(statements)).toBe(true);
    const names = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Group" WHERE status = 'PUBLISHED' AND name LIKE 'Aardvark Grief Companions %' ORDER BY "sortName", id LIMIT 20`,
    );
    expect(page.hits.map((h) => h.id)).toEqual(names.map((r) => r.id));
  });

  it('keeps each group’s name words as its name is written, renamed and removed', async () => {
    expect(await listDrift()).toEqual({ missing: 0, extra: 0 });
    await db.$executeRawUnsafe(`
      INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt")
      VALUES ('nw-1', 'nw-1', 'Quokka Caregivers Café', 'Peer support.', 'Members share.', 'PUBLISHED', now())`);
    await db.$executeRawUnsafe(`UPDATE "Group" SET name = 'Wombat Circle 0001' WHERE id = 'aa-1'`);
    await db.$executeRawUnsafe(`UPDATE "Group" SET summary = 'Now on Tuesdays.' WHERE id = 'aa-2'`);
    await db.$executeRawUnsafe(`DELETE FROM "Group" WHERE id = 'aa-3'`);
    expect(await listDrift()).toEqual({ missing: 0, extra: 0 });
    const words = await db.$queryRawUnsafe<{ word: string; sortName: string }[]>(`SELECT word, "sortName" FROM "GroupNameWord" WHERE "groupId" = 'aa-1' ORDER BY word`);
    expect(words.map((w) => w.word)).toContain('wombat');
    expect(words.map((w) => w.word)).not.toContain('aardvark');
    expect(new Set(words.map((w) => w.sortName))).toEqual(new Set(['wombat circle 0001']));
    const { page } = await search({ q: 'quokka' }, true);
    expect(page.hits.map((h) => h.id)).toEqual(['nw-1']);
  });
});
