// The listing editor as staff use it all day, as an editor and as an
// administrator: sections and a save bar, meetings added and removed with
// undo, languages and time zones by name, the schedule read back in words,
// messages as a field is left, a warning before unsaved changes are lost,
// "Mark as checked today", and two people's edits merged field by field.
// The fixture checks every page with axe at 1280 px; the editor is checked
// again at 360 px.
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { signInAsStaff, type StaffRole } from './staff-login';

const visibleMeetings = (page: Page) => page.getByTestId('meeting-row').filter({ visible: true });

async function openListing(page: Page, nth: number): Promise<{ name: string; href: string }> {
  await page.goto('/staff/listings?status=PUBLISHED&sort=name');
  const link = page.getByTestId('listing-row').nth(nth).getByRole('link');
  const name = ((await link.textContent()) ?? '').trim();
  const href = (await link.getAttribute('href')) ?? '';
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return { name, href };
}

async function atNarrowWidth(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'nothing wider than the screen').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

for (const [role, nth] of [['EDITOR', 5], ['ADMIN', 6]] as [StaffRole, number][]) {
  test(`as ${role === 'ADMIN' ? 'an administrator' : 'an editor'}: add two meetings, remove one with undo, choose a language by name, save, and the group page shows it`, async ({ page }) => {
    await signInAsStaff(page, role);
    const { name } = await openListing(page, nth);
    const sections = page.getByRole('navigation', { name: 'Sections of this listing' });
    for (const s of ['About the group', 'Contact', 'Meetings', 'Access and cost', 'Verification']) await expect(sections.getByRole('link', { name: s })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText('No unsaved changes.');
    const before = await visibleMeetings(page).count();

    await page.getByRole('button', { name: 'Add meeting' }).click();
    const monthly = visibleMeetings(page).last();
    await expect(monthly.getByLabel('How often')).toBeFocused();
    await monthly.getByLabel('How often').selectOption({ label: 'Monthly, on one weekday' });
    await monthly.getByLabel('Week of the month').selectOption({ label: 'Second' });
    await monthly.getByLabel('Tuesday').check();
    await monthly.getByLabel('Start time', { exact: true }).fill('19:00');
    await monthly.getByLabel('End time').fill('20:30');
    await monthly.getByLabel('Time zone').selectOption({ label: 'Eastern time (Toronto, Ottawa)' });
    await monthly.getByLabel('How people attend').selectOption({ label: 'Online' });
    await monthly.getByLabel('Online meeting link').fill('https://meet.example.org/second-tuesday');
    await expect(monthly.getByTestId('schedule-words')).toHaveText('On the group page: 2nd Tuesday of the month, 7–8:30 pm');

    await page.getByRole('button', { name: 'Add meeting' }).click();
    const extra = visibleMeetings(page).last();
    await extra.getByLabel('Friday').check();
    await extra.getByLabel('Start time', { exact: true }).fill('10:00');
    await expect(extra.getByTestId('schedule-words')).toContainText('Every Friday, 10 am');
    await expect(visibleMeetings(page)).toHaveCount(before + 2);

    // Removed, taken back, removed for good.
    await extra.getByRole('button', { name: 'Remove this meeting' }).click();
    const removed = page.getByTestId('meeting-removed');
    await expect(removed).toContainText('This new meeting will not be added.');
    await expect(removed.getByRole('button', { name: 'Undo' })).toBeFocused();
    await removed.getByRole('button', { name: 'Undo' }).click();
    await expect(visibleMeetings(page)).toHaveCount(before + 2);
    await expect(visibleMeetings(page).last().getByLabel('Start time', { exact: true })).toHaveValue('10:00');
    await visibleMeetings(page).last().getByRole('button', { name: 'Remove this meeting' }).click();
    await expect(page.getByTestId('meeting-removed').getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(visibleMeetings(page)).toHaveCount(before + 1);

    await page.getByRole('group', { name: 'Languages spoken at the meetings' }).getByLabel('French', { exact: true }).check();
    await expect(page.getByTestId('save-state')).toHaveText('You have unsaved changes.');
    await atNarrowWidth(page);

    await page.getByTestId('save-bar').getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your changes were saved.');
    await expect(visibleMeetings(page)).toHaveCount(before + 1);
    await expect(page.getByTestId('save-state')).toHaveText('No unsaved changes.');

    await page.getByRole('link', { name: 'Open the public page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByTestId('meeting').filter({ hasText: '2nd Tuesday of the month' })).toHaveCount(1);
    await expect(page.getByTestId('meeting').filter({ hasText: 'Friday' }).filter({ hasText: '10 am' })).toHaveCount(0);
    await expect(page.getByText(/French/).first()).toBeVisible();
  });
}

test('a field is checked as it is left, with the words the save uses, and “Mark as checked today” keeps what is typed', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  await openListing(page, 7);
  const summary = page.getByLabel('Summary (one sentence)');
  await summary.fill('Too short');
  await summary.blur();
  await expect(page.getByText('Write a one-sentence summary (at least 10 characters).')).toBeVisible();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  const typed = 'Members meet weekly; newcomers are always welcome.';
  await summary.fill(typed);
  await summary.blur();
  await expect(summary).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Mark as checked today' }).click();
  await expect(page.getByTestId('check-status')).toHaveText('Marked as checked today.');
  await expect(page.getByTestId('group-verified')).toHaveText(/^Today by /);
  await expect(summary).toHaveValue(typed);
  await page.getByTestId('save-bar').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('notice')).toHaveText('Your changes were saved.');
  await expect(summary).toHaveValue(typed);
  await expect(page.getByTestId('group-verified')).not.toHaveText('Never');
});

test('leaving a listing with unsaved changes asks first, by link and by reload', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  const { href } = await openListing(page, 8);
  await page.getByLabel('Cost details').fill('Coffee fund, give what you can');

  // A dialog holds up the action that opened it until it is answered, so each is answered as it opens.
  const seen: { type: string; message: string }[] = [];
  page.once('dialog', (d) => {
    seen.push({ type: d.type(), message: d.message() });
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'All listings' }).click();
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]?.type).toBe('confirm');
  expect(seen[0]?.message).toContain('unsaved changes');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByLabel('Cost details')).toHaveValue('Coffee fund, give what you can');

  page.once('dialog', (d) => {
    seen.push({ type: d.type(), message: d.message() });
    void d.accept();
  });
  await page.reload();
  expect(seen[1]?.type).toBe('beforeunload');
  await expect(page.getByLabel('Cost details')).not.toHaveValue('Coffee fund, give what you can');
});

test('two people change the same listing: the second sees each difference side by side and merges by choosing per field', async ({ page, browser }) => {
  await signInAsStaff(page, 'EDITOR');
  const { href } = await openListing(page, 9);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsStaff(other, 'ADMIN');
  await other.goto(href);

  const theirSummary = 'Saved first: members meet every week at the library.';
  await other.getByLabel('Summary (one sentence)').fill(theirSummary);
  await other.getByLabel('Phone', { exact: true }).first().fill('705-555-0140');
  await other.getByTestId('save-bar').getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByTestId('notice')).toHaveText('Your changes were saved.');
  await otherContext.close();

  const mySummary = 'Saved second: members meet weekly, newcomers welcome.';
  await page.getByLabel('Summary (one sentence)').fill(mySummary);
  await page.getByLabel('Phone', { exact: true }).first().fill('705-555-0188');
  await page.getByTestId('save-bar').getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toContainText('Someone else saved this listing while you were editing.');
  const summaryChoice = conflict.getByRole('group', { name: 'Summary' });
  await expect(summaryChoice).toContainText(theirSummary);
  await expect(summaryChoice).toContainText(mySummary);
  await expect(conflict.getByRole('group', { name: 'Phone' })).toContainText('705-555-0140');
  await atNarrowWidth(page);

  // Their summary, my phone number.
  await summaryChoice.getByRole('radio', { name: /Saved by them/ }).check();
  await conflict.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(page.getByTestId('notice')).toHaveText('Your changes were saved.');
  await expect(page.getByLabel('Summary (one sentence)')).toHaveValue(theirSummary);
  await expect(page.getByLabel('Phone', { exact: true }).first()).toHaveValue('705-555-0188');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('one empty meeting adds a meeting and a box removes one', async ({ page }) => {
    await signInAsStaff(page, 'EDITOR');
    await openListing(page, 10);
    const rows = page.getByTestId('meeting-row');
    const saved = (await rows.count()) - 1;
    const spare = rows.last();
    await expect(rows.filter({ hasText: 'New meeting (leave empty if not needed)' })).toHaveCount(1);
    await spare.getByLabel('Wednesday').check();
    await spare.getByLabel('Start time', { exact: true }).fill('18:00');
    await spare.getByLabel('How people attend').selectOption({ label: 'By phone' });
    await spare.getByLabel('Dial-in number').fill('1-888-555-0150');
    await rows.first().getByLabel('Remove this meeting when I save').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your changes were saved.');
    await expect(page.getByTestId('meeting-row')).toHaveCount(saved + 1);
    await expect(page.getByTestId('schedule-words').nth(saved - 1)).toContainText('Every Wednesday, 6 pm');
  });
});
