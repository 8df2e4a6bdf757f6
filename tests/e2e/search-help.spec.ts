// Search tried as people in a hard moment type: their own words, French, a
// misspelt town, crisis words, and searches that match nothing.
import { test, expect } from './fixtures';

test('a visitor who types "lost my husband" is told the search is about losing a partner and sees grief groups', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('What are you looking for?').fill('lost my husband');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: /groups about losing a partner/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /\d+ groups?/ }).first()).toBeVisible();
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.getByText('Also showing results for')).toHaveCount(0);
});

test('a French search finds groups and the page never offers a correction beside nothing', async ({ page }) => {
  await page.goto('/groups?q=deuil');
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No groups found' })).toHaveCount(0);
});

test('a misspelt town is read as the town it most looks like, and the page says so', async ({ page }) => {
  await page.goto('/groups?where=Kingstn');
  await expect(page.getByText('We read “Kingstn” as Kingston.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Near Kingston/ })).toBeVisible();
});

test('a town typed after the topic words moves to the place box', async ({ page }) => {
  await page.goto('/groups?q=grief+support+kingston');
  await expect(page.getByText('Searching near Kingston, the place named in your words.')).toBeVisible();
  await expect(page.getByLabel('Where?')).toHaveValue('kingston');
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('grief support');
  await expect(page.locator('article').first()).toBeVisible();
});

test('a region is searched across its whole area', async ({ page }) => {
  await page.goto('/groups?q=grief&where=Durham+Region');
  await expect(page.getByText(/Durham Region covers a wide area/)).toBeVisible();
  await expect(page.locator('article').first()).toBeVisible();
});

test('an unknown place offers the closest known places as links, and the search still runs', async ({ page }) => {
  await page.goto('/groups?q=grief&where=Kingstonville');
  const note = page.getByRole('status').filter({ hasText: 'We could not find a place called “Kingstonville”' });
  await expect(note).toBeVisible();
  await expect(page.locator('article').first()).toBeVisible();
  await note.getByRole('link').first().click();
  await expect(page).toHaveURL(/where=/);
  await expect(page.getByText('We could not find a place called')).toHaveCount(0);
});

test('crisis words put crisis lines above the results, with tap-to-call and text links', async ({ page }) => {
  await page.goto('/groups?q=I+want+to+kill+myself');
  const panel = page.getByRole('region', { name: /get help now/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: '911', exact: true })).toHaveAttribute('href', 'tel:911');
  await expect(panel.getByRole('link', { name: '9-8-8', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(panel.getByRole('link', { name: 'text 9-8-8' })).toHaveAttribute('href', 'sms:988');
  // The panel comes before the first result in reading order.
  const panelTop = (await panel.boundingBox())?.y ?? Infinity;
  const firstResult = page.locator('article').first();
  if (await firstResult.count()) expect(panelTop).toBeLessThan((await firstResult.boundingBox())?.y ?? 0);
});

test('a search that matches nothing still offers groups, the clearinghouse phone and crisis lines', async ({ page }) => {
  await page.goto('/groups?q=zzzzqqqq&where=Kingston');
  await expect(page.getByRole('heading', { name: 'No groups match all of these choices' })).toBeVisible();
  await expect(page.getByRole('link', { name: '1-800-555-0199' }).first()).toHaveAttribute('href', /^tel:/);
  await expect(page.getByRole('link', { name: '911' }).first()).toHaveAttribute('href', 'tel:911');
  await expect(page.getByRole('link', { name: 'ask us in writing to help find a group' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /The nearest groups to Kingston/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /you can join by phone or online/ })).toBeVisible();
});

test('hostile input gives a results page, with markup shown as text', async ({ page }) => {
  const res = await page.goto(`/groups?q=${encodeURIComponent('<script>window.pwned=1</script> grief & !( :*')}&where=${encodeURIComponent('x'.repeat(10_000))}`);
  expect(res?.status()).toBe(200);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.getByLabel('What are you looking for?')).toHaveValue(/<script>/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the place suggestions are plain links that work', async ({ page }) => {
    await page.goto('/groups?where=Kingstonville');
    await page.getByRole('status').getByRole('link').first().click();
    await expect(page).toHaveURL(/where=/);
    await expect(page.locator('article').first()).toBeVisible();
  });
});
