// A day's work in the console, as an editor and as an administrator, on a
// desktop (1280 px) and a phone (360 px): the home's counts lead to the lists
// they count, filters live in the address and survive a reload, the outbox
// says what really happened to each message (this server has no mail server,
// so a retried message is kept, never "sent"; retry against a real SMTP
// server is proved in tests/integration/honest-mail.test.ts), and signing out
// is in the account menu, "everywhere" only after a confirmation. axe runs on
// every screen (the fixture, plus explicit checks of opened menus).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { openAccountMenu, signInAsStaff, signOutEverywhere } from './staff-login';

test.describe.configure({ mode: 'serial' });

/** The e2e server's own database, as the app's role (scripts/e2e-server.ts keeps it in .data/e2e). */
async function withDb<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const dir = path.resolve('.data/e2e');
  const port = Number(fs.readFileSync(path.join(dir, 'pg/postmaster.pid'), 'utf8').split('\n')[3]);
  const password = fs.readFileSync(path.join(dir, 'pg-app.password'), 'utf8').trim();
  const db = new pg.Client({ host: '127.0.0.1', port, user: 'selfhelp_app', password, database: 'selfhelp' });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** A message the mail server refused `attempts` times (30: given up); returns its subject. */
async function failedMessage(attempts: number): Promise<string> {
  const subject = `Your listing was approved ${crypto.randomBytes(4).toString('hex')}`;
  await withDb((db) =>
    db.query(
      `INSERT INTO "OutboxMessage" (id, "to", subject, text, kind, attempts, "lastError", "nextAttemptAt", "updatedAt")
       VALUES ($1, 'organiser@example.org', $2, 'Your listing is now in the directory.', 'submission.approved', $3, 'connect ECONNREFUSED 127.0.0.1:2525', $4, now())`,
      [`e2e${crypto.randomBytes(10).toString('hex')}`, subject, attempts, attempts >= 30 ? null : new Date(Date.now() + 5 * 60_000)],
    ),
  );
  return subject;
}

/** Nothing wider than the screen: no sideways scrolling, nothing cut off. */
async function expectFits(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `page wider than the screen at ${page.url()}`).toBeLessThanOrEqual(width);
}

async function countOn(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).textContent());
}

/** Follows a home count to its list and checks the list shows that many. */
async function followCount(page: Page, card: string, url: RegExp, listCount: string) {
  await page.goto('/staff');
  const n = await countOn(page, card);
  await page.getByTestId(`${card}-link`).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId(listCount)).toHaveText(new RegExp(`^${n} `));
  await expectFits(page);
}

for (const width of [1280, 360]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('an editor follows the home counts to their lists, keeps filters across a reload, sees mail states and signs out of this browser', async ({ page }) => {
      // Many screens, each checked with axe, on a shared 2-core machine.
      test.setTimeout(240_000);
      const failed = await failedMessage(2);
      await signInAsStaff(page, 'EDITOR');
      await expectFits(page);
      await expect(page.getByTestId('count-new-referrals')).toHaveCount(0);
      expect(await countOn(page, 'count-failed-mail')).toBeGreaterThanOrEqual(1);

      await followCount(page, 'count-stale-listings', /\/staff\/listings\?status=PUBLISHED&stale=1&sort=verified$/, 'listing-count');
      await followCount(page, 'count-pending-submissions', /\/staff\/submissions\?status=PENDING$/, 'submission-count');
      await followCount(page, 'count-failed-mail', /\/staff\/outbox\?state=failed$/, 'outbox-count');

      // Filters in the address, kept by a reload.
      await page.goto('/staff/listings');
      await page.getByLabel('Name contains').fill('support');
      await page.getByLabel('Sort by').selectOption('verified');
      await page.getByRole('button', { name: 'Show listings' }).click();
      await expect(page).toHaveURL(/q=support/);
      await expect(page).toHaveURL(/sort=verified/);
      const shown = await page.getByTestId('listing-count').textContent();
      await page.reload();
      await expect(page.getByLabel('Name contains')).toHaveValue('support');
      await expect(page.getByLabel('Sort by')).toHaveValue('verified');
      await expect(page.getByTestId('listing-count')).toHaveText(shown ?? '');
      await expectFits(page);

      // An address the list cannot use is named, not a crash.
      const res = await page.goto('/staff/outbox?state=exploded&page=two');
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId('url-problems')).toContainText('State, Page');

      // The outbox says what happened; an editor may not retry or cancel.
      await page.goto(`/staff/outbox?q=${encodeURIComponent(failed)}`);
      const message = page.getByTestId('outbox-message').filter({ hasText: failed });
      await expect(message.getByTestId('mail-state')).toHaveText(/^failed, retrying at .+ at the latest$/);
      await expect(message).toContainText('connect ECONNREFUSED');
      await expect(message.getByRole('button')).toHaveCount(0);
      await expectFits(page);

      await openAccountMenu(page);
      await expectAccessible(page);
      const menuBox = await page.getByTestId('account-menu').boundingBox();
      expect((menuBox?.x ?? 0) + (menuBox?.width ?? 0)).toBeLessThanOrEqual(width);
      await expectFits(page);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await expect(page).toHaveURL(/\/staff\/sign-in\?signed-out-here=1$/);
      await expect(page.getByRole('status')).toHaveText('You are signed out in this browser.');
      await page.goto('/staff');
      await expect(page).toHaveURL(/\/staff\/sign-in/);
    });

    test('an administrator works new referrals, retries a message that was given up on, cancels another, and signs out everywhere after confirming', async ({ page }) => {
      test.setTimeout(240_000);
      const gaveUp = await failedMessage(30);
      const toCancel = await failedMessage(1);
      await signInAsStaff(page, 'ADMIN');
      await expectFits(page);
      await followCount(page, 'count-new-referrals', /\/staff\/referrals\?status=NEW&sort=oldest$/, 'referral-count');
      await followCount(page, 'count-gave-up-mail', /\/staff\/outbox\?state=gave-up$/, 'outbox-count');

      const given = page.getByTestId('outbox-message').filter({ hasText: gaveUp });
      await expect(given.getByTestId('mail-state')).toHaveText('gave up after 30 attempts');
      await given.getByRole('button', { name: /^Retry now/ }).click();
      // No mail server on this server: the retry is recorded as kept, never as sent.
      await expect(page).toHaveURL(/\/staff\/outbox\?state=gave-up&done=retry-kept$/);
      await expect(page.getByTestId('outbox-done')).toHaveText('No mail server is configured, so the message was kept here.');
      await page.goto(`/staff/outbox?q=${encodeURIComponent(gaveUp)}`);
      const kept = page.getByTestId('outbox-message').filter({ hasText: gaveUp });
      await expect(kept.getByTestId('mail-state')).toHaveText('kept — no mail server configured');
      await expect(kept.getByRole('button')).toHaveCount(0);
      await expect(kept).not.toContainText('sent (server accepted)');

      await page.goto(`/staff/outbox?q=${encodeURIComponent(toCancel)}`);
      await page.getByTestId('outbox-message').filter({ hasText: toCancel }).getByRole('button', { name: /^Cancel this message/ }).click();
      await expect(page.getByTestId('outbox-done')).toHaveText('The message was cancelled. It will not be sent.');
      await expect(page.getByTestId('outbox-message').filter({ hasText: toCancel }).getByTestId('mail-state')).toHaveText(/^cancelled /);
      await expectFits(page);

      // "Sign out everywhere" asks first; going back leaves the session alone.
      await openAccountMenu(page);
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Sign out everywhere…' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sign out everywhere?' })).toBeVisible();
      await expectFits(page);
      await page.getByRole('link', { name: 'No, go back to the dashboard' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await signOutEverywhere(page);
      await expect(page).toHaveURL(/\/staff\/sign-in\?signed-out=1$/);
      await page.goto('/staff/outbox');
      await expect(page).toHaveURL(/\/staff\/sign-in/);
    });
  });
}

test('on a 360 px phone the search filters fit, the Units choice included', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/groups?q=grief');
  await page.getByRole('button', { name: 'Filters' }).click();
  const unit = page.getByLabel('Units');
  await expect(unit).toBeVisible();
  const box = await unit.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  const clipped = await unit.evaluate((el) => {
    // Any ancestor that hides overflow must hold the whole control.
    const r = el.getBoundingClientRect();
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX === 'visible') continue;
      const q = p.getBoundingClientRect();
      if (r.left < q.left - 0.5 || r.right > q.right + 0.5) return true;
    }
    return false;
  });
  expect(clipped).toBe(false);
  await expectAccessible(page);
});
