// A search matching more groups than the count cap stops counting there and
// says "more than", while the pages themselves go on.
import { beforeAll, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { createTopics } from '../../prisma/seed/factories.ts';
import { COUNT_CAP, searchGroups } from '../../lib/search/data.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';

beforeAll(async () => {
  await createTopics(db);
  await db.$executeRawUnsafe(`
    INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt")
    SELECT 'cap-' || i, 'cap-' || i, 'Zephyr Circle ' || lpad(i::text, 4, '0'), 'Peer support.', 'Members share.', 'PUBLISHED', now()
    FROM generate_series(1, ${COUNT_CAP + 25}) AS i`);
});

it('reports a capped total and still serves later pages', async () => {
  const { filters } = parseSearchParams({ q: 'zephyr', sort: 'name' });
  const first = await searchGroups(filters, null);
  expect(first.totalIsCapped).toBe(true);
  expect(first.total).toBe(COUNT_CAP);
  expect(first.hits).toHaveLength(20);
  // COUNT_CAP + 25 groups: the last page holds the last five.
  const far = await searchGroups({ ...filters, page: Math.ceil((COUNT_CAP + 25) / 20) }, null);
  expect(far.hits).toHaveLength(5);
  const exact = await searchGroups(parseSearchParams({ q: '"zephyr circle 0001"' }).filters, null);
  expect(exact.totalIsCapped).toBe(false);
});
