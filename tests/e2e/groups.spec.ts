import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** On a topic page: open the first group that has an upcoming meeting date. */
async function openListedGroupWithNextMeeting(page: Page) {
  const item = page.getByTestId('group-list').getByRole('listitem').filter({ hasText: 'Next meeting:' }).first();
  const name = (await item.getByRole('heading').textContent())?.trim() ?? '';
  await item.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return name;
}

async function openGroupWithNextMeeting(page: Page, topicPath = '/topics/bereavement') {
  await page.goto(topicPath);
  return openListedGroupWithNextMeeting(page);
}

test('a visitor goes from the topics A–Z to a topic, a group and its calendar file', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics A–Z' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics A–Z');
  // The index links only letters that have topics; "B" does, "Z" does not.
  const index = page.getByRole('navigation', { name: 'Topics by first letter' });
  await expect(index.getByRole('link', { name: 'B', exact: true })).toHaveAttribute('href', '#letter-B');
  await expect(index.getByRole('link', { name: /^Z/ })).toHaveCount(0);
  await expect(index.getByRole('listitem').filter({ hasText: 'Z (no topics)' })).toHaveCount(1);
  await expect(page.getByTestId('topic-bereavement')).toContainText(/\(\d+ groups?\)/);

  await page.getByRole('link', { name: 'Bereavement', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bereavement');
  await expect(page.getByRole('link', { name: 'Search within this topic' })).toHaveAttribute('href', '/groups?topic=bereavement');

  const name = await openListedGroupWithNextMeeting(page);
  await expect(page.getByRole('link', { name: 'Bereavement', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Is this group right for me?' })).toHaveAttribute('href', '/fact-sheets/finding-the-right-group#right-group');
  await expect(page.getByText(/^This group is at point [1-5] of 5/)).toBeVisible();
  await expect(page.getByTestId('leadership-scale').locator('li[aria-current="true"]')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Add every meeting/ }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-meeting-\d+\.ics$/);
  const path = await file.path();
  const body = await readFile(path, 'utf8');
  expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(body).toContain(`SUMMARY:${name}`);
});

test('a visitor browses groups by the first letter of their name', async ({ page }) => {
  // No seeded group name starts with A, so the page opens at the first letter that has groups.
  await page.goto('/groups/browse');
  const index = page.getByRole('navigation', { name: 'Groups by first letter' });
  const opening = (await index.locator('[aria-current="page"]').textContent())?.trim() ?? '';
  expect(opening).toMatch(/^[B-Z]$/);
  await expect(index.getByRole('listitem').filter({ hasText: 'A (no groups)' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(`start with “${opening}”`);

  await index.getByRole('link', { name: 'T', exact: true }).click();
  await expect(page).toHaveURL(/letter=T/);
  await expect(index.locator('[aria-current="page"]')).toHaveText('T');
  const names = await page.getByTestId('group-list').getByRole('heading').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(n.trim()).toMatch(/^T/i);
  expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(names);

  // A letter no group starts with is shown but not linked, and says so.
  await page.goto('/groups/browse?letter=X');
  await expect(index.getByRole('link', { name: /^X/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No groups start with “X”' })).toBeVisible();

  // A page past the end shows the last page instead of an error.
  const res = await page.goto('/groups/browse?letter=T&page=99');
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId('page-notice')).toContainText('There is no page 99');
});

test('a group page fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openGroupWithNextMeeting(page, '/topics/mental-health');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test('a printed group page is a handout without the site navigation or action links', async ({ page }) => {
  await openGroupWithNextMeeting(page);
  const url = page.url();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Refer a client to this group' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Add every meeting/ }).first()).toBeHidden();
  await expect(page.getByTestId('print-url')).toBeVisible();
  await expect(page.getByTestId('print-url')).toContainText(new URL(url).pathname);
  await expect(page.getByTestId('meeting').first()).toBeVisible();
});

test('an unknown group address gives the not-found page', async ({ page }) => {
  // Chromium reports the page's own 404 status in the console; that is the point of this test.
  test.info().annotations.push({ type: 'allow-console-error', description: 'status of 404 (Not Found)' });
  const res = await page.goto('/groups/no-such-group-anywhere');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  const ics = await page.request.get('/groups/no-such-group-anywhere/meetings/0/calendar.ics');
  expect(ics.status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor sees a group’s meetings and next dates', async ({ page }) => {
    await openGroupWithNextMeeting(page);
    const meeting = page.getByTestId('meeting').first();
    await expect(meeting).toBeVisible();
    await expect(meeting.getByTestId('next-dates').getByRole('listitem')).toHaveCount(3);
    const href = await meeting.getByRole('link', { name: /^Add every meeting/ }).getAttribute('href');
    const ics = await page.request.get(href ?? '');
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect((await ics.text()).startsWith('BEGIN:VCALENDAR')).toBe(true);
  });
});
