// Someone in a hard moment, on a phone or a desktop, finds urgent help at the
// top of every public page, and can tap every control without hitting its
// neighbour (WCAG 2.5.8: at least 24 × 24 px).
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const VIEWPORTS = [
  { name: 'a 360 px phone', width: 360, height: 740 },
  { name: 'a 1280 px desktop', width: 1280, height: 800 },
] as const;

/** The first link on a listing page matching a pattern: a real group, topic or sheet, whatever the seed holds. */
async function firstLink(request: APIRequestContext, from: string, pattern: RegExp): Promise<string> {
  const html = await (await request.get(from)).text();
  const found = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '').find((h) => pattern.test(h));
  if (!found) throw new Error(`no link like ${pattern} on ${from}`);
  return found;
}

type PublicPage = {
  name: string;
  path: (request: APIRequestContext) => Promise<string> | string;
};

const PAGES: PublicPage[] = [
  { name: 'home', path: () => '/' },
  { name: 'search results for "grief"', path: () => '/groups?q=grief' },
  {
    name: 'a group',
    path: (r) => firstLink(r, '/groups/browse', /^\/groups\/(?!browse)[a-z0-9-]+$/),
  },
  { name: 'browse A–Z', path: () => '/groups/browse' },
  { name: 'topics A–Z', path: () => '/topics' },
  { name: 'a topic', path: (r) => firstLink(r, '/topics', /^\/topics\/[a-z0-9-]+$/) },
  { name: 'fact sheets', path: () => '/fact-sheets' },
  // The sheet with self-checks: checkboxes as well as links.
  { name: 'a fact sheet', path: () => '/fact-sheets/tips-for-professionals' },
  { name: 'refer a client', path: () => '/refer' },
  { name: 'list your group', path: () => '/list-your-group' },
];

const CRISIS_LINKS = [
  { href: 'tel:911', name: '911' },
  { href: 'tel:988', name: 'Call 9-8-8' },
  { href: 'sms:988', name: 'Text 9-8-8' },
];

/**
 * Every visible control smaller than 24 px in either direction, described
 * well enough to find it. Exempt, as WCAG 2.5.8 allows: a link that is a
 * few words inside a sentence (display inline, in a p or li whose own text
 * goes well beyond it). Controls are never exempt.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hiddenByClip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)') return true;
      }
      return false;
    };
    const inlineInText = (el: Element): boolean => {
      const parent = el.parentElement;
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline' || !parent || !['P', 'LI'].includes(parent.tagName)) return false;
      const own = (parent.textContent ?? '').replace(el.textContent ?? '', '').replace(/[\s.,;:·()–—-]/g, '');
      return own.length >= 15;
    };
    const describe = (el: Element, w: number, h: number) => {
      const id = el.id ? `#${el.id}` : '';
      const href = el.getAttribute('href');
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const type = el.getAttribute('type');
      return `${el.tagName.toLowerCase()}${id}${type ? `[type=${type}]` : ''}${href ? `[href="${href}"]` : ''} "${text}" ${Math.round(w)}×${Math.round(h)}`;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary, textarea')) {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || hiddenByClip(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width >= 24 && r.height >= 24) continue;
      if (inlineInText(el)) continue;
      out.push(describe(el, r.width, r.height));
    }
    return out;
  });
}

for (const vp of VIEWPORTS) {
  test.describe(`on ${vp.name}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    for (const p of PAGES) {
      test(`${p.name}: urgent help is at the top and every control is big enough to tap`, async ({ page }) => {
        await page.goto(await p.path(page.request));
        const banner = page.getByTestId('help-banner');
        await expect(banner).toBeVisible();
        for (const c of CRISIS_LINKS) {
          const link = banner.locator(`a[href="${c.href}"]`);
          await expect(link).toHaveAccessibleName(c.name);
          await expect(link).toBeInViewport();
          // A trial click: visible, steady, enabled and not covered by anything.
          await link.click({ trial: true });
          const box = await link.boundingBox();
          expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
        }
        await expect(banner.locator('a[href^="tel:1"]')).toBeVisible();
        const small = await smallTargets(page);
        expect(small).toEqual([]);
      });
    }

    test('the banner stays slim', async ({ page }) => {
      await page.goto('/');
      const box = await page.getByTestId('help-banner').boundingBox();
      // Three short lines of 28 px on a phone, one on a desktop (plus its padding).
      expect(box?.height).toBeLessThanOrEqual(vp.width < 640 ? 3 * 28 + 8 : 28 + 8);
    });
  });
}

test('the clearinghouse phone and its hours are on every public page, and "Skip to main content" is still first', async ({ page }) => {
  await page.goto('/topics');
  const banner = page.getByTestId('help-banner');
  await expect(banner).toContainText('Monday to Friday, 9 a.m. to 5 p.m.');
  await expect(banner.getByRole('link', { name: '1-800-555-0199' })).toHaveAttribute('href', 'tel:18005550199');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(banner.getByRole('link', { name: '911' })).toBeFocused();
});

test('the staff sign-in page has no help banner: the console is for staff', async ({ page }) => {
  await page.goto('/staff/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('help-banner')).toHaveCount(0);
});

test('browsing groups A–Z shows which letter is open', async ({ page }) => {
  await page.goto('/groups/browse?letter=B');
  const current = page.getByTestId('letter-index').locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('B');
  // Filled, unlike the other letters: a difference anyone can see, not only a screen reader.
  const [bg, other] = await Promise.all([
    current.evaluate((e) => getComputedStyle(e).backgroundColor),
    page.getByTestId('letter-index').locator('a:not([aria-current])').first().evaluate((e) => getComputedStyle(e).backgroundColor),
  ]);
  expect(bg).not.toBe(other);
  expect(await current.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(255, 255, 255)');
});
