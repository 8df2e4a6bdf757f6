// The pages search engines should know, with when each last changed: every
// published group (itself, its meetings or its sponsor), every topic (itself
// or any of its published groups) and every published fact sheet.
import 'server-only';
import { db } from '../db.ts';
import { listPublishedFactSheetDates } from '../fact-sheets/data.ts';

export type SitemapEntry = { path: string; lastModified?: Date };

/** Pages whose content is the directory as a whole. */
const FIXED_PAGES = ['/', '/groups', '/groups/browse', '/topics', '/fact-sheets', '/refer', '/list-your-group', '/open-data'];

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [groups, topics, sheets] = await Promise.all([
    db.$queryRaw<{ slug: string; changed: Date }[]>`
      SELECT g.slug, GREATEST(g."updatedAt", MAX(m."updatedAt"), o."updatedAt") AS changed
      FROM "Group" g
      LEFT JOIN "Meeting" m ON m."groupId" = g.id
      LEFT JOIN "Organization" o ON o.id = g."organizationId"
      WHERE g.status = 'PUBLISHED'
      GROUP BY g.id, o."updatedAt"
      ORDER BY g.slug`,
    db.$queryRaw<{ slug: string; changed: Date }[]>`
      SELECT t.slug, GREATEST(t."updatedAt", MAX(g."updatedAt"), MAX(m."updatedAt")) AS changed
      FROM "Topic" t
      LEFT JOIN "GroupTopic" gt ON gt."topicId" = t.id
      LEFT JOIN "Group" g ON g.id = gt."groupId" AND g.status = 'PUBLISHED'
      LEFT JOIN "Meeting" m ON m."groupId" = g.id
      GROUP BY t.id
      ORDER BY t.slug`,
    listPublishedFactSheetDates(),
  ]);
  return [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...groups.map((g) => ({ path: `/groups/${encodeURIComponent(g.slug)}`, lastModified: g.changed })),
    ...topics.map((t) => ({ path: `/topics/${encodeURIComponent(t.slug)}`, lastModified: t.changed })),
    ...sheets.map((s) => ({ path: `/fact-sheets/${encodeURIComponent(s.slug)}`, lastModified: s.updatedAt })),
  ];
}
