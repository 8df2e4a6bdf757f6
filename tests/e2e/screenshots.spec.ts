// Full-page screenshots of the public pages a visitor meets first, at a
// phone's width and a laptop's, kept as artifacts of the run (never compared):
// test-results/screenshots/<page>-<width>.png. Playwright empties
// test-results/ when a run starts, before any test saves one. axe checks
// every page on the way (./fixtures).
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';

const DIR = path.join('test-results', 'screenshots');

/** The first link in `page`'s main content to a page one segment under `prefix`. */
async function firstLink(request: APIRequestContext, page: string, prefix: string, except: string[] = []): Promise<string> {
  const html = await (await request.get(page)).text();
  const main = html.slice(html.indexOf('<main'));
  for (const m of main.matchAll(/href="(\/[^"?#]+)"/g)) {
    const rest = m[1]!.startsWith(prefix) ? m[1]!.slice(prefix.length) : '';
    if (rest && !rest.includes('/') && !except.includes(rest)) return m[1]!;
  }
  throw new Error(`no link to ${prefix}… on ${page}`);
}

const PAGES: { name: string; url: (r: APIRequestContext) => Promise<string> }[] = [
  { name: 'home', url: async () => '/' },
  { name: 'results', url: async () => '/groups?q=grief' },
  { name: 'group', url: (r) => firstLink(r, '/groups?q=grief', '/groups/', ['browse']) },
  { name: 'fact-sheet', url: (r) => firstLink(r, '/fact-sheets', '/fact-sheets/') },
  { name: 'refer', url: async () => '/refer' },
];

const WIDTHS = [
  { width: 360, height: 740, mobile: true },
  { width: 1280, height: 800, mobile: false },
];

for (const size of WIDTHS) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.mobile, hasTouch: size.mobile });

    for (const p of PAGES) {
      test(`screenshot of ${p.name}`, async ({ page, request }) => {
        const url = await p.url(request);
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('load');
        await page.evaluate(() => document.fonts.ready);
        // Nothing may be wider than the screen (a sideways scroll on a phone).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${url} scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(DIR, `${p.name}-${size.width}.png`), fullPage: true });
      });
    }
  });
}
