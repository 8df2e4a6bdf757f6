// Shared e2e fixtures: every page a test visits is checked with axe
// (WCAG 2.2 AA rules), and an unexpected console error fails the test.
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core's own script, put into a page once and run there for each check.
// @axe-core/playwright put it in again before every check and gathered the
// results in a blank page of its own, for pages with frames from other
// sites: these pages have no frames, and the two steps were about 0.5 s of
// each check's 0.86 s (decision 047).
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS } };

async function runAxe(page: Page): Promise<AxeResults> {
  // A navigation gives the page a new window, without axe.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate((options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options), AXE_OPTIONS);
}

export async function expectAccessible(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  // Next streams a dynamic page's metadata after its body starts: on a cold
  // server axe could look before the <title> had arrived.
  await expect(page).toHaveTitle(/\S/);
  const results = await runAxe(page);
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * axe runs inside the page, so with JavaScript off it cannot run there. The
 * page is loaded again, as the server sends it, in a context where axe may
 * run but the app's own scripts are blocked — what a no-JS visitor gets.
 */
async function expectAccessibleWithoutScripts(browser: Browser, from: BrowserContext, url: string) {
  const ctx = await browser.newContext({ javaScriptEnabled: true, storageState: await from.storageState() });
  await ctx.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
  const p = await ctx.newPage();
  await p.goto(url);
  await expectAccessible(p);
  await ctx.close();
}

export const test = base.extend({
  page: async ({ page, context, browser, javaScriptEnabled }, provide, testInfo) => {
    const visited = new Set<string>();
    const checked = new Set<string>();
    const check = async (p: Page) => {
      if (javaScriptEnabled) await expectAccessible(p);
      else await expectAccessibleWithoutScripts(browser, context, p.url());
      checked.add(p.url());
    };
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.add(frame.url());
    });
    const errors: string[] = [];
    page.on('console', (msg) => {
      // The browser logs a page's own error status (a 404 page, say); the
      // test asserts that status itself, so it is not noise.
      const ownStatus = msg.text().startsWith('Failed to load resource') && msg.location().url === page.url();
      if (msg.type() === 'error' && !ownStatus) errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    // Check each page as soon as a test navigates to it…
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const res = await goto(url, options);
      if (res && res.headers()['content-type']?.includes('text/html')) await check(page);
      return res;
    };
    await provide(page);
    // …and any page reached by clicking is checked afterwards, in the same
    // browser context (same cookies), so none escapes.
    if (testInfo.status === testInfo.expectedStatus) {
      const current = page.url();
      if (!checked.has(current) && current.startsWith('http') && !page.isClosed()) await check(page);
      for (const url of visited) {
        if (checked.has(url) || !url.startsWith('http')) continue;
        if (!javaScriptEnabled) {
          await expectAccessibleWithoutScripts(browser, context, url);
          continue;
        }
        const extra = await context.newPage();
        const res = await extra.goto(url);
        if (res?.headers()['content-type']?.includes('text/html')) await expectAccessible(extra);
        await extra.close();
      }
      const unexpected = errors.filter((e) => !testInfo.annotations.some((a) => a.type === 'allow-console-error' && e.includes(a.description ?? '')));
      expect(unexpected, 'console errors in the browser').toEqual([]);
    }
  },
});

export { expect };
