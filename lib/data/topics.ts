import 'server-only';
import { db } from '../db.ts';

export type TopicWithCount = { slug: string; name: string; description: string; groupCount: number };

/** Every topic, A–Z, with how many published groups it has. */
export async function listTopicsWithCounts(): Promise<TopicWithCount[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; description: string; group_count: bigint }[]>`
    SELECT t.slug, t.name, t.description, COUNT(g.id) AS group_count
    FROM "Topic" t
    LEFT JOIN "GroupTopic" gt ON gt."topicId" = t.id
    LEFT JOIN "Group" g ON g.id = gt."groupId" AND g.status = 'PUBLISHED'
    GROUP BY t.id
    ORDER BY t.name`;
  return rows.map((r) => ({ slug: r.slug, name: r.name, description: r.description, groupCount: Number(r.group_count) }));
}

export async function countPublishedGroups(): Promise<number> {
  return db.group.count({ where: { status: 'PUBLISHED' } });
}

/** Slugs and names, A–Z, for filters and labels. */
export async function listTopics(): Promise<{ slug: string; name: string }[]> {
  return db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } });
}
