import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_STORE_PAGES, pageCacheHeaders, PUBLIC_PAGES, purgeForGroup } from './policy.ts';

/** Every page of the app as a route ("/groups/:slug"), route groups "(…)" left out. */
function appRoutes(dir = path.join(import.meta.dirname, '../../app'), prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') out.push(prefix || '/');
    if (!entry.isDirectory()) continue;
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name.replace(/^\[(.+)\]$/, ':$1')}`;
    out.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return out;
}

/** next.config.ts's path syntax, as far as the table uses it: literal segments, ":name", and a trailing ":name*". */
function matches(source: string, route: string): boolean {
  const want = source.split('/').filter(Boolean);
  const have = route.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.endsWith('*')) return true;
    if (i >= have.length) return false;
    if (!want[i]!.startsWith(':') && want[i] !== have[i]) return false;
  }
  return want.length === have.length;
}

describe('which pages a shared cache may keep', () => {
  it('every page of the site is either public or never stored, and none is both', () => {
    const routes = appRoutes();
    expect(routes).toContain('/groups/:slug/refer');
    for (const route of routes) {
      const isPublic = PUBLIC_PAGES.some((p) => matches(p.source, route));
      const noStore = NO_STORE_PAGES.some((p) => matches(p.source, route));
      expect(isPublic || noStore, `${route} is in neither list`).toBe(true);
      expect(isPublic && noStore, `${route} is in both lists`).toBe(false);
    }
  });

  it('staff, referral, contact and listing-proposal pages are never stored', () => {
    for (const route of ['/staff', '/staff/listings/:id', '/refer', '/refer/sent', '/referrals/status/:token', '/groups/:slug/refer', '/groups/:slug/contact', '/list-your-group', '/list-your-group/thanks']) {
      expect(NO_STORE_PAGES.some((p) => matches(p.source, route)), route).toBe(true);
    }
    const noStore = pageCacheHeaders().filter((h) => NO_STORE_PAGES.some((p) => p.source === h.source));
    for (const h of noStore) expect(h.headers).toEqual([{ key: 'Cache-Control', value: 'no-store' }]);
  });

  it('public pages may be kept a minute by a shared cache and are tagged for purging', () => {
    const group = pageCacheHeaders().find((h) => h.source === '/groups/:slug')!;
    const cacheControl = group.headers.find((h) => h.key === 'Cache-Control')!.value;
    expect(cacheControl).toMatch(/^public, max-age=0, s-maxage=60, stale-while-revalidate=\d+/);
    expect(group.headers).toContainEqual({ key: 'Surrogate-Key', value: 'group::slug' });
    // Listed after the group pattern, so the browse page is tagged as a list.
    const tags = pageCacheHeaders().filter((h) => matches(h.source, '/groups/browse') && h.headers.some((x) => x.key === 'Cache-Tag'));
    expect(tags.at(-1)?.headers).toContainEqual({ key: 'Cache-Tag', value: 'listings' });
    expect(purgeForGroup('harbour-circle').tags).toEqual(['group:harbour-circle', 'listings']);
  });
});
