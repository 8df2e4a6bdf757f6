// The results page's filters list every topic. Each process keeps that list
// for TOPIC_LIST_TTL_MS (decision 035): a rename saved in this process shows
// at once, and one saved by another instance within that time.
import { beforeAll, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { listTopics, TOPIC_LIST_TTL_MS } from '../../lib/listings/topics-data.ts';
import { updateTopic } from '../../lib/listings/topics-staff-data.ts';

let ctx: Parameters<typeof updateTopic>[2];

beforeAll(async () => {
  await createTopics(db);
  const editor = await createStaffUser(db, { email: 'topics-editor@example.org', name: 'Topics editor', role: 'EDITOR', password: 'correct horse battery' });
  ctx = { actor: { userId: editor.id, email: editor.email, name: 'Topics editor', role: 'EDITOR', referralAccess: false }, ip: '127.0.0.1' };
});

const nameOf = async (slug: string, now: number) => (await listTopics(now)).find((t) => t.slug === slug)?.name;

it('a topic renamed by another instance shows in the filters once the list has expired', async () => {
  const t0 = Date.now();
  const slug = (await listTopics(t0))[0]!.slug;
  const before = await nameOf(slug, t0);
  // Another instance saves the rename: this process is not told.
  await db.topic.update({ where: { slug }, data: { name: `${before} (renamed elsewhere)` } });
  expect(await nameOf(slug, t0 + 1_000), 'within the documented time the old name may still show').toBe(before);
  expect(await nameOf(slug, t0 + TOPIC_LIST_TTL_MS)).toBe(`${before} (renamed elsewhere)`);
});

it('a topic renamed in this process shows at once', async () => {
  const t0 = Date.now() + 10 * TOPIC_LIST_TTL_MS;
  const topic = (await listTopics(t0))[1]!;
  const saved = await db.topic.findUniqueOrThrow({ where: { slug: topic.slug }, select: { description: true, keywords: true } });
  expect((await updateTopic(topic.slug, { name: 'Caring for someone', ...saved }, ctx)).status).toBe('saved');
  expect(await nameOf(topic.slug, t0 + 1)).toBe('Caring for someone');
});
