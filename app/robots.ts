// /robots.txt — public directory pages may be crawled. The staff console,
// referral status and confirmation pages (they carry private links and
// references) and the API are not for search engines; those pages also say
// noindex. The sitemap's address must be absolute, so this is written from
// SITE_URL at request time rather than kept as a file in public/.
import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/staff', '/referrals/', '/refer/sent', '/api/'] },
    sitemap: new URL('/sitemap.xml', env().SITE_URL).toString(),
  };
}
