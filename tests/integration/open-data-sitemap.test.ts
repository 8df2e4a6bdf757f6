// Search engines find every published group, topic and fact sheet through
// the sitemap, with the date each last changed; robots.txt names it.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { createOpenDataFixtures, FIXTURE } from '../support/open-data-fixtures.ts';
import sitemap from '../../app/sitemap.ts';
import robots from '../../app/robots.ts';
import { env } from '../../lib/env.ts';
import { seedFactSheets } from '../../prisma/seed/fact-sheets.ts';

beforeAll(async () => {
  await createOpenDataFixtures(db);
  await seedFactSheets(db);
});

const urlOf = (path: string) => new URL(path, env().SITE_URL).toString();

describe('the sitemap', () => {
  it('lists every published group, every topic and every published fact sheet, and nothing unpublished', async () => {
    const urls = new Set((await sitemap()).map((e) => e.url));
    for (const g of await db.group.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } })) expect(urls.has(urlOf(`/groups/${g.slug}`)), g.slug).toBe(true);
    for (const t of await db.topic.findMany({ select: { slug: true } })) expect(urls.has(urlOf(`/topics/${t.slug}`))).toBe(true);
    const sheets = await db.factSheet.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } });
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) expect(urls.has(urlOf(`/fact-sheets/${s.slug}`))).toBe(true);
    expect(urls.has(urlOf(`/groups/${FIXTURE.draft}`))).toBe(false);
    expect(urls.has(urlOf(`/groups/${FIXTURE.archived}`))).toBe(false);
    expect(urls.has(urlOf('/open-data'))).toBe(true);
  });

  it('dates a group and its topics by their latest change, a meeting’s included', async () => {
    const when = new Date(Date.UTC(2030, 0, 2, 3, 4, 5));
    await db.$executeRaw`UPDATE "Meeting" SET "updatedAt" = ${when} WHERE "groupId" = (SELECT id FROM "Group" WHERE slug = ${FIXTURE.hybrid})`;
    const entries = await sitemap();
    const lastmod = (path: string) => entries.find((e) => e.url === urlOf(path))?.lastModified;
    expect(lastmod(`/groups/${FIXTURE.hybrid}`)).toEqual(when);
    expect(lastmod('/topics/caregiving')).toEqual(when);
    expect(lastmod(`/groups/${FIXTURE.monthly}`)).not.toEqual(when);
  });
});

describe('robots.txt', () => {
  it('names the sitemap by its full address and keeps crawlers out of the staff console', () => {
    const r = robots();
    expect(r.sitemap).toBe(urlOf('/sitemap.xml'));
    expect(JSON.stringify(r.rules)).toContain('/staff');
  });
});
