import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';

/** The box once the page has hydrated: before that it is a plain input with no suggestions. */
async function combobox(page: Page, label: string) {
  const box = page.getByRole('combobox', { name: label });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  return box;
}

test('a visitor using only the keyboard picks a suggested topic and searches for it', async ({ page }) => {
  await page.goto('/');
  const what = await combobox(page, 'What are you looking for?');
  await what.focus();
  await page.keyboard.type('anx');
  const option = page.getByRole('option', { name: 'Mental Health' });
  await expect(option).toBeVisible();
  await expect(what).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ suggestions?$/ })).toHaveText('1 suggestion');

  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(what).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');

  // The first Enter takes the suggestion and stays on the page…
  await page.keyboard.press('Enter');
  await expect(what).toHaveValue('Mental Health');
  await expect(what).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/$/);

  // …the second sends the form.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/groups\?q=Mental\+Health/);
  await expect(page.locator('article').first()).toBeVisible();
  await expect(await combobox(page, 'What are you looking for?')).toHaveValue('Mental Health');
});

test('a visitor typing a town is offered it, closes the list with Escape and clears the box with a second Escape', async ({ page }) => {
  await page.goto('/groups');
  const where = await combobox(page, 'Where?');
  await where.focus();
  await page.keyboard.type('Kings');
  const listbox = page.getByRole('listbox', { name: 'Suggested places' });
  await expect(listbox.getByRole('option', { name: 'Kingston' })).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(where).toHaveAttribute('aria-expanded', 'false');
  await expect(where).toHaveValue('Kings');
  await expect(where).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(where).toHaveValue('');
});

test('Tab leaves the box and closes the list, keeping what was typed', async ({ page }) => {
  await page.goto('/');
  const where = await combobox(page, 'Where?');
  await where.focus();
  await page.keyboard.type('Kings');
  await expect(page.getByRole('option', { name: 'Kingston' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(where).not.toBeFocused();
  await expect(page.getByRole('listbox', { name: 'Suggested places' })).toBeHidden();
  await expect(where).toHaveValue('Kings');
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

  test('a visitor taps a suggestion; options are large enough to tap and the hint below does not move', async ({ page }) => {
    await page.goto('/');
    const where = await combobox(page, 'Where?');
    const hint = page.getByText('A town such as Kingston');
    // Measured after the tap, which may scroll the box into view: only the list opening must not move the hint.
    await where.tap();
    const before = await hint.boundingBox();
    await page.keyboard.type('Kings');
    const option = page.getByRole('option', { name: 'Kingston' });
    await expect(option).toBeVisible();
    expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await hint.boundingBox()).toEqual(before);
    await option.tap();
    await expect(where).toHaveValue('Kingston');
    await expect(where).toBeFocused();
    await expect(option).toBeHidden();
  });
});

test('in the search box for topics, Escape closes the list without wiping the words', async ({ page }) => {
  await page.goto('/');
  const what = await combobox(page, 'What are you looking for?');
  await what.focus();
  await page.keyboard.type('grie');
  await expect(page.getByRole('option', { name: 'Bereavement' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Suggested topics' })).toBeHidden();
  await expect(what).toHaveValue('grie');
});

test('one letter suggests nothing', async ({ page }) => {
  await page.goto('/');
  const what = await combobox(page, 'What are you looking for?');
  const asked = page.waitForRequest(/\/api\/suggest/, { timeout: 1_000 }).then(
    () => true,
    () => false,
  );
  await what.fill('a');
  expect(await asked).toBe(false);
  await expect(what).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('option')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both boxes are plain inputs and the form still sends what was typed', async ({ page }) => {
    await page.goto('/');
    const what = page.getByLabel('What are you looking for?');
    const where = page.getByLabel('Where?');
    expect(await what.getAttribute('role')).toBeNull();
    expect(await where.getAttribute('role')).toBeNull();
    await expect(what).toHaveAttribute('aria-describedby', 'q-hint');
    await expect(where).toHaveAttribute('aria-describedby', 'where-hint');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await what.fill('anxiety');
    await where.fill('Kingston');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/groups\?q=anxiety&where=Kingston/);
    await expect(page.locator('article').first()).toBeVisible();
  });
});
