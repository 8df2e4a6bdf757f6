import 'server-only';
import { db } from '../db.ts';

export type TopicWithCount = { slug: string; name: string; description: string; groupCount: number };

/** Every topic, A–Z, with how many published groups it has (counted at most a minute ago). */
export async function listTopicsWithCounts(): Promise<TopicWithCount[]> {
  const [topics, counts] = await Promise.all([
    db.topic.findMany({ select: { slug: true, name: true, description: true }, orderBy: { name: 'asc' } }),
    publishedCounts(),
  ]);
  return topics.map((t) => ({ ...t, groupCount: counts.byTopic.get(t.slug) ?? 0 }));
}

/** How many groups are published (counted at most a minute ago). */
export async function countPublishedGroups(): Promise<number> {
  return (await publishedCounts()).total;
}

type Counts = { total: number; byTopic: Map<string, number> };

// Counting reads every group's status: about 380 ms at 100,000 groups, on
// the most visited page. The numbers are a guide ("Grief (42 groups)"), so
// each process counts at most once a minute; topic names stay live.
const COUNTS_TTL_MS = 60_000;
let counted: { at: number; value: Promise<Counts> } | null = null;

function publishedCounts(now = Date.now()): Promise<Counts> {
  if (counted && now - counted.at < COUNTS_TTL_MS) return counted.value;
  const value = countPublished();
  counted = { at: now, value };
  // A failed count is not remembered: the next page asks again.
  value.catch(() => {
    if (counted?.value === value) counted = null;
  });
  return value;
}

async function countPublished(): Promise<Counts> {
  // Per topic, and (the row without a slug) every published group once.
  const rows = await db.$queryRaw<{ slug: string | null; n: bigint }[]>`
    SELECT t.slug, count(*) AS n
    FROM "GroupTopic" gt
    JOIN "Group" g ON g.id = gt."groupId" AND g.status = 'PUBLISHED'
    JOIN "Topic" t ON t.id = gt."topicId"
    GROUP BY t.slug
    UNION ALL
    SELECT NULL, count(*) FROM "Group" WHERE status = 'PUBLISHED'`;
  const byTopic = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    if (r.slug === null) total = Number(r.n);
    else byTopic.set(r.slug, Number(r.n));
  }
  return { total, byTopic };
}

type TopicName = { slug: string; name: string };

/**
 * How long a process keeps the topic list (the results page's refine panel
 * and labels read it on every search). Topics change a few times a year, by
 * staff; a rename shows everywhere within this time, at once in the process
 * that saved it (forgetTopicList), and in other instances when their copy
 * expires. Never longer than the public pages' s-maxage (decision 035).
 */
export const TOPIC_LIST_TTL_MS = 30_000;
let topicList: { at: number; value: Promise<TopicName[]> } | null = null;

/** Slugs and names, A–Z, for filters and labels (read at most TOPIC_LIST_TTL_MS ago). */
export function listTopics(now = Date.now()): Promise<TopicName[]> {
  if (topicList && now - topicList.at >= 0 && now - topicList.at < TOPIC_LIST_TTL_MS) return topicList.value;
  const value = db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } });
  const entry = { at: now, value };
  topicList = entry;
  // A failed read is not remembered: the next page asks again.
  value.catch(() => {
    if (topicList === entry) topicList = null;
  });
  return value;
}

/** After a topic is created or renamed here: this process reads the list afresh. */
export function forgetTopicList(): void {
  topicList = null;
}

/**
 * Names with the keywords that lead to them ("anxiety" → Mental Health), A–Z,
 * for suggestions while typing. About twenty rows, read on each request so a
 * renamed topic shows at once.
 */
export async function listTopicKeywords(): Promise<{ name: string; keywords: string[] }[]> {
  return db.topic.findMany({ select: { name: true, keywords: true }, orderBy: { name: 'asc' } });
}
