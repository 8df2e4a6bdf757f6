import { test, expect, expectAccessible } from './fixtures';

test('a visitor who misspells a topic still finds a group, opens it and saves a meeting to their calendar', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('What are you looking for?').fill('bereavment');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/groups\?q=bereavment/);
  // The page says how it read the word: as grief and loss.
  await expect(page.getByText(/groups about grief/)).toBeVisible();
  // The first result with a dated next meeting (groups meeting "by arrangement" have no calendar file).
  const first = page.locator('article').filter({ has: page.locator('time') }).first().locator('h3 a');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const calendar = page.getByRole('link', { name: /^Add every meeting/ }).first();
  await expect(calendar).toBeVisible();
  const href = await calendar.getAttribute('href');
  const res = await page.request.get(href ?? '');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const body = await res.text();
  expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(body).toMatch(/RRULE:FREQ=(WEEKLY|MONTHLY)/);
});

test('a visitor searches near a town and sees distances, nearest first, with online groups offered beside them', async ({ page }) => {
  await page.goto('/groups');
  await page.getByLabel('Where?').fill('Kingston');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: /Near K7L|Near Kingston/ })).toBeVisible();
  const wheres = await page.locator('article dd').filter({ hasText: /km away|from anywhere/ }).allTextContents();
  expect(wheres.length).toBeGreaterThan(0);
  const km = wheres.map((w) => /([\d.]+) km away/.exec(w)?.[1]).filter(Boolean).map(Number);
  expect(km.length).toBeGreaterThan(0);
  expect(km).toEqual([...km].sort((a, b) => a - b));
  for (const d of km) expect(d).toBeLessThanOrEqual(25);
  await expect(page.getByRole('heading', { name: /Also meeting online or by phone/ })).toBeVisible();
});

test('an unknown place is explained, and a search with no results offers ways to widen it', async ({ page }) => {
  await page.goto('/groups?q=zzzzqqqq&where=Atlantis');
  await expect(page.getByText('We could not find a place called “Atlantis”')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No groups match this search' })).toBeVisible();
  await page.getByRole('link', { name: 'Search without the words “zzzzqqqq”' }).click();
  await expect(page.locator('article').first()).toBeVisible();
});

test('filters combine, the URL carries them, and pages move forward', async ({ page }) => {
  await page.goto('/groups?attendance=online&free=1');
  await expect(page.getByRole('checkbox', { name: 'Online', exact: true })).toBeChecked();
  for (const cost of await page.locator('article dd').filter({ hasText: /^(Free|There is a fee|Voluntary donation)$/ }).allTextContents()) expect(cost).toBe('Free');
  await expect(page.getByRole('checkbox', { name: 'Free', exact: true })).toBeChecked();
  await page.goto('/groups?sort=name');
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('heading', { name: /showing 21–40/ })).toBeVisible();
});

test('bad parameters are reported, never an error page', async ({ page }) => {
  const res = await page.goto('/groups?day=funday&page=-1&radius=3&lat=abc');
  expect(res?.status()).toBe(200);
  await expect(page.getByText('Some parts of this link were not understood')).toBeVisible();
});

test('the results page fits a 360 px phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/groups?q=grief');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the first result starts on the first screen, under a one-line summary of the search', async ({ page }) => {
    await page.goto('/groups?q=grief&where=Kingston');
    await expect(page.getByText('“grief” near Kingston')).toBeVisible();
    await expect(page.getByLabel('What are you looking for?')).toBeHidden();
    const top = (await page.locator('article').first().boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(740);
  });

  test('“Change search” opens the form over the results, and it searches', async ({ page }) => {
    await page.goto('/groups?q=grief');
    await page.getByRole('button', { name: 'Change search' }).click();
    const what = page.getByLabel('What are you looking for?');
    await expect(what).toBeVisible();
    await what.fill('gambling');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=gambling/);
  });

  test('filters open in a sheet, and what was applied shows as removable choices', async ({ page }) => {
    await page.goto('/groups?q=grief');
    await expect(page.getByRole('checkbox', { name: 'Free' })).toBeHidden();
    await page.getByRole('button', { name: 'Filters' }).click();
    const sheet = page.locator('#refine');
    await expect(sheet).toBeVisible();
    await expectAccessible(page);
    await sheet.getByRole('checkbox', { name: 'Free', exact: true }).check();
    await sheet.getByRole('checkbox', { name: 'Hearing loop' }).check();
    await sheet.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/cost=free/);
    await expect(page).toHaveURL(/access=hearing-loop/);
    await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible();
    await page.getByRole('list', { name: 'Your choices' }).getByRole('link', { name: /Hearing loop/ }).click();
    await expect(page).not.toHaveURL(/access=hearing-loop/);
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  });

  test('cards are compact: name, topics, next meeting and where, without the summary', async ({ page }) => {
    await page.goto('/groups?q=grief');
    const card = page.locator('article').first();
    const box = await card.boundingBox();
    expect(box?.height ?? 999).toBeLessThan(200);
    await expect(card.getByText(/^(Today|Tomorrow|\w+day, \w+ \d+),/).or(card.getByText(/By arrangement|No upcoming date/))).toBeVisible();
    await expect(card.getByText('Cost', { exact: true })).toBeHidden();
    const shown = await card.locator('p').evaluateAll((ps) => ps.slice(0, 2).map((p) => getComputedStyle(p).display));
    expect(shown).toEqual(['block', 'none']);
  });
});

test('on a wide screen a card adds the summary and the cost, and its heading names the group', async ({ page }) => {
  await page.goto('/groups?q=grief');
  const card = page.locator('article').first();
  await expect(card.getByText('Cost', { exact: true })).toBeVisible();
  const heading = card.getByRole('heading', { level: 3 });
  await expect(card).toHaveAccessibleName((await heading.textContent()) ?? 'missing');
  // The summary is the paragraph under the topics: shown here, styled apart from them.
  const [topics, summary] = await card.locator('p').evaluateAll((ps) => ps.slice(0, 2).map((p) => getComputedStyle(p).display));
  expect([topics, summary]).toEqual(['block', 'block']);
  expect(await heading.evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize))).toBeGreaterThan(16);
});

test('distances are offered in round miles when the visitor chooses miles', async ({ page }) => {
  await page.goto('/groups?where=Kingston&unit=mi&radius=10');
  const options = await page.locator('#radius option').allTextContents();
  expect(options).toEqual(['1 mi', '5 mi', '10 mi', '25 mi', '50 mi']);
  await expect(page.locator('#radius')).toHaveValue('10');
  await page.goto('/groups?where=Kingston');
  expect(await page.locator('#radius option').allTextContents()).toEqual(['2 km', '5 km', '10 km', '25 km', '50 km', '100 km']);
});

test('pagination shows the first and last pages with a gap between', async ({ page }) => {
  await page.goto('/groups?sort=name&page=4');
  const nav = page.getByRole('navigation', { name: 'Pages of results' });
  await expect(nav.getByText('…')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Page 1', exact: true })).toBeVisible();
  await expect(nav.locator('[aria-current="page"]')).toHaveText('4');
});

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  test('Change search and Filters still open, and the filters apply', async ({ page }) => {
    await page.goto('/groups?q=grief');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.locator('#refine').getByRole('checkbox', { name: 'Online', exact: true }).check();
    await page.locator('#refine').getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/attendance=online/);
    await page.getByRole('button', { name: 'Change search' }).click();
    await expect(page.getByLabel('What are you looking for?')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same search works with plain form submissions', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('What are you looking for?').fill('alchohol');
    await page.getByLabel('Where?').fill('Toronto');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=alchohol/);
    await expect(page.locator('article').first()).toBeVisible();
    await page.getByRole('checkbox', { name: 'Evening (after 5 pm)' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/time=evening/);
    await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0);
  });
});
