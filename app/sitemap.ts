// /sitemap.xml — every published group, topic and fact sheet with when it
// last changed (lib/open-data/sitemap-data.ts); robots.txt points here.
// Read per request: a build has no database, and listings change daily.
import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { sitemapEntries } from '@/lib/open-data/sitemap-data';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env().SITE_URL;
  return (await sitemapEntries()).map((e) => ({ url: new URL(e.path, site).toString(), ...(e.lastModified ? { lastModified: e.lastModified } : {}) }));
}
