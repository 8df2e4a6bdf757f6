// Topics as staff manage them. Changing a topic's name or keywords re-indexes
// its groups for search through a database trigger (search migration).
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { TopicInput } from './topic-schema.ts';
import type { ChangeContext } from '../staff/context.ts';
import { forgetTopicList } from './topics-data.ts';
import { requestPurge } from '../page-cache/purge-data.ts';
import { purgeForTopic } from '../page-cache/policy.ts';
import { queuePagePurge } from '../jobs/queue.ts';

const topicSelect = { id: true, slug: true, name: true, description: true, keywords: true } as const;

export async function listTopicsForStaff() {
  return db.topic.findMany({ select: { ...topicSelect, _count: { select: { groups: true } } }, orderBy: { name: 'asc' } });
}

export async function getTopicForEdit(slug: string) {
  if (slug.length > 100) return null;
  return db.topic.findUnique({ where: { slug }, select: topicSelect });
}

export type TopicSaveResult = { status: 'saved'; slug: string } | { status: 'slug-taken' } | { status: 'not-found' };

export async function createTopic(input: TopicInput, ctx: ChangeContext): Promise<TopicSaveResult> {
  return afterTopicChange(db.$transaction(async (tx) => {
    if (await tx.topic.count({ where: { slug: input.slug } })) return { status: 'slug-taken' } as const;
    const after = await tx.topic.create({ data: input, select: topicSelect });
    await recordAudit(tx, { actor: ctx.actor, action: 'topic.create', entityType: 'Topic', entityId: after.id, before: null, after, ip: ctx.ip });
    await requestPurge(tx, purgeForTopic(after.slug));
    return { status: 'saved', slug: after.slug } as const;
  }));
}

/** The slug stays: it is in public addresses and fact sheets' links. */
export async function updateTopic(slug: string, input: Omit<TopicInput, 'slug'>, ctx: ChangeContext): Promise<TopicSaveResult> {
  return afterTopicChange(db.$transaction(async (tx) => {
    const before = await tx.topic.findUnique({ where: { slug }, select: topicSelect });
    if (!before) return { status: 'not-found' } as const;
    const after = await tx.topic.update({ where: { slug }, data: { name: input.name, description: input.description, keywords: input.keywords }, select: topicSelect });
    await recordAudit(tx, { actor: ctx.actor, action: 'topic.update', entityType: 'Topic', entityId: after.id, before, after, ip: ctx.ip });
    await requestPurge(tx, purgeForTopic(slug));
    return { status: 'saved', slug } as const;
  }));
}

/**
 * Once the change committed: this process's cached topic list is dropped
 * (other instances: TOPIC_LIST_TTL_MS), and the purge it stored is sent.
 */
async function afterTopicChange(saving: Promise<TopicSaveResult>): Promise<TopicSaveResult> {
  const result = await saving;
  if (result.status === 'saved') {
    forgetTopicList();
    void queuePagePurge();
  }
  return result;
}
