import { test, expect } from './fixtures';

test('a visitor on the home page sees how many groups are listed and the topics A–Z', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('self-help');
  const count = Number(await page.getByTestId('published-count').textContent());
  expect(count).toBeGreaterThanOrEqual(150);
  // Every topic of the seeded A–Z list has at least one published group.
  const topics = page.locator('[data-testid^="topic-"]');
  expect(await topics.count()).toBeGreaterThanOrEqual(19);
  for (const text of await topics.allTextContents()) expect(text).toMatch(/\(([1-9]\d*) groups?\)/);
});

test('an unknown address shows a friendly not-found page', async ({ page }) => {
  const res = await page.goto('/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
});

test('the health endpoint reports the database as up', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
});
