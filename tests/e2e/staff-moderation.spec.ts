// A member of the public corrects several fields and two meetings of a
// listing, choosing languages by name; staff see the changes first, in
// words, accept part of them and say why not the rest. Once as an editor on
// a wide screen with JavaScript, once as an administrator on a phone-sized
// screen without it. Every page visited is checked with axe by the fixture.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { signInAsStaff } from './staff-login';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 780 };

/** Opens the correction form of the n-th listed group and returns its name. */
async function openCorrectionForm(page: Page, nth: number): Promise<string> {
  await page.goto('/groups');
  const link = page.locator('article h3 a').nth(nth);
  const name = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('link', { name: 'Suggest a correction' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Suggest a correction: ${name}`);
  return name;
}

/** Changes the name, phone and languages, the first meeting's start, and adds an online meeting; then sends it. */
async function proposeCorrection(page: Page, name: string, phone: string, withJs: boolean) {
  await page.getByLabel('Group name').fill(`${name} Together`);
  await page.getByLabel('Public phone').fill(phone);
  // Languages are chosen by name; nothing asks for a code.
  await expect(page.getByRole('textbox', { name: /Languages/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'French' }).check();
  const meetings = page.getByTestId('proposal-meeting');
  await meetings.first().getByLabel('Starts at').fill('18:15');
  await meetings.first().getByLabel('Ends at').fill('19:45');
  if (!withJs) {
    // Without JavaScript, "Add another meeting" posts the form back with one more row.
    const rows = await meetings.count();
    await page.getByRole('button', { name: 'Add another meeting' }).click();
    await expect(meetings).toHaveCount(rows + 1);
    await expect(meetings.first().getByLabel('Starts at')).toHaveValue('18:15');
  }
  const added = meetings.last();
  await added.getByLabel('How people attend').selectOption({ label: 'Online' });
  await added.getByLabel('Day').selectOption({ label: 'Saturday' });
  await added.getByLabel('Starts at').fill('10:00');
  await added.getByLabel('Online meeting link (if public)').fill('https://meet.example.org/saturday-circle');
  await page.getByLabel('Your name', { exact: false }).fill('Jordan Lee');
  // A bad address is refused and everything typed stays.
  await page.getByLabel('Your email', { exact: false }).fill('jordan.lee');
  await page.getByRole('button', { name: 'Send it to the clearinghouse' }).click();
  await expect(page.getByTestId('form-errors')).toContainText('Your form was not sent yet');
  await expect(page.getByLabel('Public phone')).toHaveValue(phone);
  await expect(page.getByRole('checkbox', { name: 'French' })).toBeChecked();
  await expect(page.getByTestId('proposal-meeting').first().getByLabel('Starts at')).toHaveValue('18:15');
  await page.getByLabel('Your email', { exact: false }).fill('jordan.lee@example.net');
  await page.getByRole('button', { name: 'Send it to the clearinghouse' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, it was sent');
}

/** On the review page: the changes in words, unchanged fields folded; accept phone, start time and the new meeting. */
async function acceptPartWithReason(page: Page, name: string, reason: string) {
  await page.goto('/staff/submissions');
  await page.getByRole('link', { name: `Correction: ${name}` }).click();
  const changes = page.getByTestId('proposal-comparison');
  await expect(changes.getByRole('row', { name: /Languages/ })).toContainText('English, French');
  await expect(changes.getByRole('row', { name: /Meeting 1: starts at/ })).toContainText('6:15 pm');
  await expect(changes.getByRole('row', { name: /New meeting 1/ })).toContainText('Every Saturday, 10 am · Online');
  await expect(changes).not.toContainText('IN_PERSON');
  // Unchanged fields are folded away.
  await expect(page.getByTestId('unchanged-fields')).toBeHidden();
  await page.getByText(/Fields the proposal leaves as they are/).click();
  await expect(page.getByTestId('unchanged-fields')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Accept: Public phone' }).check();
  await page.getByRole('checkbox', { name: 'Accept: Meeting 1: starts at' }).check();
  await page.getByRole('checkbox', { name: 'Accept: Meeting 1: ends at' }).check();
  await page.getByRole('checkbox', { name: 'Accept: New meeting 1' }).check();
  // Part accepted without a reason for the rest: asked for it, ticks kept.
  await page.getByRole('button', { name: 'Accept only the ticked changes' }).click();
  await expect(page.getByTestId('form-errors').first()).toContainText('Say why the other changes were not accepted');
  await expect(page.getByRole('checkbox', { name: 'Accept: Public phone' })).toBeChecked();
  await page.getByLabel('Why the changes you did not tick were not accepted').fill(reason);
  await page.getByRole('button', { name: 'Accept only the ticked changes' }).click();
  await expect(page.getByText('The ticked changes were saved to the listing.')).toBeVisible();
  await expect(page.getByTestId('submission-status')).toContainText('Approved in part');
  await expect(page.getByText(reason)).toBeVisible();
}

async function publicPageShows(page: Page, name: string, phone: string) {
  await page.goto('/groups');
  await page.locator('article h3 a').filter({ hasText: name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('public-contact')).toContainText(phone);
  // The accepted new meeting is listed; the rejected name is not.
  await expect(page.getByTestId('meeting').filter({ hasText: 'https://meet.example.org/saturday-circle' })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText(`${name} Together`);
}

test('an editor accepts part of a public correction and gives the reason for the rest (1280 px)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(WIDE);
  const name = await openCorrectionForm(page, 2);
  await proposeCorrection(page, name, '613-555-0177', true);
  await signInAsStaff(page, 'EDITOR');
  await acceptPartWithReason(page, name, 'The group told us its name and languages have not changed.');
  await publicPageShows(page, name, '613-555-0177');
});

test('an administrator accepts part of a public correction and gives the reason for the rest (360 px)', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(NARROW);
  const name = await openCorrectionForm(page, 3);
  await proposeCorrection(page, name, '613-555-0188', true);
  await signInAsStaff(page, 'ADMIN');
  await acceptPartWithReason(page, name, 'The name on the listing is the one the group uses.');
  await publicPageShows(page, name, '613-555-0188');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor adds a meeting row and an editor decides, each form a plain post (360 px)', async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(NARROW);
    const name = await openCorrectionForm(page, 4);
    await proposeCorrection(page, name, '613-555-0166', false);
    await signInAsStaff(page, 'EDITOR');
    await acceptPartWithReason(page, name, 'The group has kept its name.');
    await publicPageShows(page, name, '613-555-0166');
  });
});
