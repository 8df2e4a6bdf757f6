// An editor keeps the directory accurate from the staff console: edits a
// listing and a meeting and sees it on the public page, and edits a fact
// sheet then restores it (referrals: staff-referral-view.spec.ts). Every page
// visited is checked with axe by the fixture.
import { test, expect } from './fixtures';
import { signInAsStaff } from './staff-login';

test('an editor edits a group and one of its meetings, and the public page shows the change', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  await page.goto('/staff/listings?status=PUBLISHED&sort=name');
  const first = page.getByTestId('listing-row').first().getByRole('link');
  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  const summary = `Friendly peer support, checked by staff on ${new Date().toISOString().slice(0, 10)}.`;
  await page.getByLabel('Summary (one sentence)').fill(summary);
  const meeting = page.getByTestId('meeting-row').first();
  await meeting.getByLabel('Notes for visitors').fill('Use the side entrance; the front door is locked after 7 pm.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('notice')).toHaveText('Your changes were saved.');
  await expect(page.getByLabel('Summary (one sentence)')).toHaveValue(summary);

  await page.getByRole('link', { name: 'Open the public page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(summary)).toBeVisible();
  await expect(page.getByTestId('meeting').first()).toContainText('Use the side entrance; the front door is locked after 7 pm.');
});

test('an editor is told field by field what to fix, and nothing typed is lost', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  await page.goto('/staff/listings/new');
  await page.getByLabel('Name (required)', { exact: true }).fill('Orillia Men’s Shed Circle');
  await page.getByLabel('Description').fill('Men meet to talk while they work on shared projects.');
  await page.getByRole('button', { name: 'Create the listing' }).click();
  const errors = page.getByTestId('form-errors');
  await expect(errors).toContainText('Write a one-sentence summary');
  await expect(page.getByLabel('Summary (one sentence)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name (required)', { exact: true })).toHaveValue('Orillia Men’s Shed Circle');
  await expect(page.getByLabel('Description')).toHaveValue('Men meet to talk while they work on shared projects.');
});

test('an editor edits a fact sheet with a live preview, compares revisions and restores the older one', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  await page.goto('/staff/fact-sheets');
  await page.getByRole('link', { name: 'Self-help 101', exact: true }).click();
  const body = page.getByLabel('Text (Markdown)');
  const original = await body.inputValue();
  await body.fill(`${original}\n\n## A new section from staff\n\nThis paragraph was added in the console.\n`);
  await expect(page.getByTestId('sheet-preview')).toContainText('This paragraph was added in the console.');
  await page.getByRole('button', { name: 'Save as a new revision' }).click();
  await expect(page.getByTestId('notice')).toHaveText('Saved as a new revision.');

  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.getByTestId('revision-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('revision-diff')).toContainText('This paragraph was added in the console.');
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(page.getByTestId('notice')).toContainText('restored as a new revision');
  await expect(page.getByTestId('revision-row')).toHaveCount(3);

  await page.goto('/fact-sheets/self-help-101');
  await expect(page.locator('main')).not.toContainText('This paragraph was added in the console.');
});

test('a visitor suggests a correction to a listing and an editor approves it after comparing', async ({ page }) => {
  await page.goto('/groups');
  const first = page.locator('article h3 a').first();
  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  await page.getByRole('link', { name: 'Suggest a correction' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Suggest a correction: ${name}`);
  await page.getByLabel('Public phone').fill('705-555-0123');
  await page.getByLabel('Your name', { exact: false }).fill('Jordan Lee');
  await page.getByLabel('Your email', { exact: false }).fill('jordan.lee@example.net');
  await page.getByRole('button', { name: 'Send it to the clearinghouse' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, it was sent');

  await signInAsStaff(page, 'EDITOR');
  await page.goto('/staff/submissions');
  await page.getByRole('link', { name: `Correction: ${name}` }).click();
  const phone = page.getByTestId('proposal-comparison').getByRole('row', { name: /Public phone/ }).first();
  await expect(phone).toContainText('705-555-0123');
  await page.getByRole('button', { name: 'Accept all changes' }).click();
  await expect(page.getByRole('status').first()).toContainText('approved');
  await page.goto(`/groups`);
  await page.locator('article h3 a').filter({ hasText: name }).first().click();
  await expect(page.getByTestId('public-contact')).toContainText('705-555-0123');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor’s refused save shows what to fix and keeps what was typed', async ({ page }) => {
    await signInAsStaff(page, 'EDITOR');
    await page.goto('/staff/listings/new');
    await page.getByLabel('Name (required)', { exact: true }).fill('Cobourg Bereaved Parents');
    await page.getByLabel('Summary (one sentence)').fill('Parents who lost a child meet monthly.');
    await page.getByLabel('Description').fill('A member-led circle.');
    const meeting = page.getByTestId('meeting-row').first();
    await meeting.getByLabel('Tuesday').check();
    await meeting.getByLabel('Town', { exact: true }).fill('Cobourg');
    await page.getByRole('button', { name: 'Create the listing' }).click();
    await expect(page.getByTestId('form-errors')).toContainText('Enter the start time');
    await expect(page.getByTestId('meeting-row').first().getByLabel('Town', { exact: true })).toHaveValue('Cobourg');
    await page.getByTestId('meeting-row').first().getByLabel('Start time', { exact: true }).fill('19:00');
    await page.getByRole('button', { name: 'Create the listing' }).click();
    await expect(page.getByTestId('notice')).toContainText('created as a draft');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByTestId('group-status')).toHaveText('Published');
  });

  test('two editors change the same listing: the second sees both versions side by side and loses nothing', async ({ page, browser }) => {
    await signInAsStaff(page, 'EDITOR');
    const otherContext = await browser.newContext({ javaScriptEnabled: false });
    const other = await otherContext.newPage();
    await signInAsStaff(other, 'EDITOR');
    await page.goto('/staff/listings?status=PUBLISHED&sort=name');
    const href = (await page.getByTestId('listing-row').nth(3).getByRole('link').getAttribute('href')) ?? '';
    await page.goto(href);
    await other.goto(href);

    await page.getByLabel('Summary (one sentence)').fill('Saved first: members meet every week in the library.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your changes were saved.');

    const mine = 'Saved second: members meet weekly, newcomers always welcome.';
    await other.getByLabel('Summary (one sentence)').fill(mine);
    await other.getByRole('button', { name: 'Save changes' }).click();
    const conflict = other.getByTestId('conflict');
    await expect(conflict).toContainText('Someone else saved this listing while you were editing.');
    const row = conflict.getByRole('group', { name: 'Summary' });
    await expect(row).toContainText('Saved first: members meet every week in the library.');
    await expect(row).toContainText(mine);
    await expect(other.getByLabel('Summary (one sentence)')).toHaveValue(mine);

    await other.getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByTestId('notice')).toHaveText('Your changes were saved.');
    await expect(other.getByLabel('Summary (one sentence)')).toHaveValue(mine);
    await otherContext.close();
  });
});
