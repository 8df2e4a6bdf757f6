// A referral worked end to end, by an administrator and by an editor an
// administrator gave referral access: a professional sends it through the
// public form; staff read everything that was sent (readiness in words,
// consent and when), add a note, and move it through the statuses, each
// time seeing the exact message the referrer will get and confirming it;
// the referrer's private status page shows every step. Every screen is
// checked with axe at 1280 px and at 360 px wide.
import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { signInAsStaff } from './staff-login';

const WIDTHS = [{ width: 1280, height: 900 }, { width: 360, height: 780 }];

/** axe on the screen as it is now, wide and narrow. */
async function checkScreen(page: Page) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
  }
  await page.setViewportSize(WIDTHS[0]!);
}

/** The professional's side: sends a referral from its own office address; returns its reference and private status link. */
async function sendReferral(page: Page, office: string, client: string) {
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': office });
  await page.goto('/refer');
  await checkScreen(page);
  await page.getByLabel('Topic').selectOption({ index: 1 });
  await page.getByLabel('Town or city').fill('Kingston');
  await page.getByLabel('Your name').fill('Referring Worker');
  await page.getByLabel('Your role or profession').fill('Social worker');
  await page.getByLabel('Organisation').fill('Lakeshore Family Health Team');
  await page.getByLabel('Work email').fill('referrer@lakeshore-fht.example');
  await page.getByLabel("Client's first name or initials").fill(client);
  await page.getByLabel('Phone call').check();
  await page.getByLabel("Client's phone number").fill('613-555-0117');
  await page.getByLabel('Your client wants to try self-help.').check();
  await page.getByLabel('Your client shares the concern or life issue that the group is about.').check();
  await page.getByLabel(/My client agreed to this referral/).check();
  await page.getByRole('button', { name: 'Send referral' }).click();
  await expect(page.getByRole('heading', { name: 'Referral sent' })).toBeVisible();
  await checkScreen(page);
  const reference = ((await page.getByTestId('referral-reference').textContent()) ?? '').trim();
  const statusLink = await page.getByLabel('Status link').inputValue();
  await page.context().setExtraHTTPHeaders({});
  return { reference, statusLink };
}

/** The referrer's status page shows this status now and these steps, oldest first. */
async function referrerSees(page: Page, statusLink: string, now: string, steps: string[]) {
  const back = page.url();
  await page.goto(statusLink);
  await expect(page.getByTestId('referral-status')).toHaveText(now);
  await expect(page.getByTestId('referral-history').getByRole('listitem')).toHaveCount(steps.length);
  for (const [i, step] of steps.entries()) await expect(page.getByTestId('referral-history').getByRole('listitem').nth(i)).toContainText(step);
  await checkScreen(page);
  await page.goto(back);
}

/** Chooses a new status, reads the message the referrer will get, confirms it. */
async function moveTo(page: Page, label: string, note = '') {
  if (note) await page.getByLabel('Note for the team').fill(note);
  await page.getByLabel(`Move to “${label}”`).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const confirm = page.getByTestId('confirm-mail');
  await expect(confirm.getByRole('heading', { name: 'Send this message to the referrer?' })).toBeVisible();
  await expect(page.getByTestId('confirm-mail-to')).toHaveText('referrer@lakeshore-fht.example');
  await expect(page.getByTestId('confirm-mail-text')).toContainText(`is now: ${label}.`);
  await expect(page.getByTestId('referral-status')).not.toHaveText(label);
  await checkScreen(page);
  await confirm.getByRole('button', { name: 'Send the message and change the status' }).click();
  await expect(page.getByTestId('referral-done')).toContainText('The status was changed');
  await expect(page.getByTestId('referral-status')).toHaveText(label);
  await checkScreen(page);
}

/** Opens the referral from the inbox, checks what the professional sent is there in words, and works it to closed. */
async function workReferral(page: Page, reference: string, statusLink: string, client: string) {
  await page.goto('/staff/referrals?status=NEW');
  await checkScreen(page);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Referral ${reference}`);
  await expect(page.getByText(client, { exact: true })).toBeVisible();
  await expect(page.getByText('613-555-0117')).toBeVisible();
  const readiness = page.getByTestId('referral-readiness');
  await expect(readiness).toContainText('Your client wants to try self-help.');
  await expect(readiness).toContainText('Your client shares the concern or life issue that the group is about.');
  await expect(readiness).not.toContainText('wants-self-help');
  await expect(page.getByTestId('referral-consent')).toContainText(/confirmed the client agreed to this referral, on \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  // Nothing is chosen but "keep it": saving a note cannot move the referral.
  await expect(page.getByLabel('Keep it as “Received”')).toBeChecked();
  await expect(page.getByLabel('Move to “In progress”')).not.toBeChecked();
  await checkScreen(page);

  await page.getByLabel('Note for the team').fill('Phoned the client; left a message.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('referral-done')).toHaveText('The note was added. The status did not change and no one was emailed.');
  await expect(page.getByTestId('referral-status')).toHaveText('Received');
  await expect(page.getByTestId('referral-history')).toContainText('Phoned the client; left a message.');
  await checkScreen(page);

  // Asked to confirm, staff can go back without anything changing.
  await page.getByLabel('Move to “In progress”').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('confirm-mail-text')).toContainText('is now: In progress.');
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByLabel('Move to “In progress”')).toBeChecked();
  await expect(page.getByTestId('referral-status')).toHaveText('Received');
  await referrerSees(page, statusLink, 'Received', ['Received']);

  await moveTo(page, 'In progress');
  await referrerSees(page, statusLink, 'In progress', ['Received', 'In progress']);
  await moveTo(page, 'Connected', `${client} will attend on Tuesday.`);
  await referrerSees(page, statusLink, 'Connected', ['Received', 'In progress', 'Connected']);
  await moveTo(page, 'Closed');
  await referrerSees(page, statusLink, 'Closed', ['Received', 'In progress', 'Connected', 'Closed']);

  const history = page.getByTestId('history-entry');
  await expect(history).toHaveCount(5);
  await expect(history.nth(1)).toContainText('Note');
  await expect(history.nth(3)).toContainText('Status changed from “In progress” to “Connected”');
  await expect(history.nth(3)).toContainText(`${client} will attend on Tuesday.`);
  await expect(page.getByText('This referral is closed; its status cannot change.')).toBeVisible();
}

/** An administrator, in a browser of their own, gives or takes back the seeded editor's referral access. */
async function setEditorReferralAccess(browser: Browser, give: boolean) {
  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await signInAsStaff(admin, 'ADMIN');
  await admin.goto('/staff/accounts');
  await admin.getByRole('link', { name: 'Listings editor' }).click();
  await admin.getByRole('button', { name: give ? 'Give referral access' : 'Take back referral access' }).click();
  await expect(admin.getByRole('button', { name: give ? 'Take back referral access' : 'Give referral access' })).toBeVisible();
  await ctx.close();
}

test('an administrator works a referral from the public form to closed, confirming each message to the referrer', async ({ page }) => {
  test.setTimeout(240_000);
  const { reference, statusLink } = await sendReferral(page, '203.0.113.41', 'Noor');
  await referrerSees(page, statusLink, 'Received', ['Received']);
  await signInAsStaff(page, 'ADMIN');
  await workReferral(page, reference, statusLink, 'Noor');
});

test('an editor given referral access works a referral from the public form to closed', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const { reference, statusLink } = await sendReferral(page, '203.0.113.42', 'Amara');
  await setEditorReferralAccess(browser, true);
  try {
    // Referral access needs two-factor: the editor sets it up at sign-in.
    await signInAsStaff(page, 'EDITOR', { throughPages: true });
    await workReferral(page, reference, statusLink, 'Amara');
  } finally {
    // Other specs expect the seeded editor without referral access.
    await setEditorReferralAccess(browser, false);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // axe cannot run in a page without scripts: the fixture checks each page
  // visited as the server sent it; the confirmation step is the same markup
  // the tests above check at both widths.
  test('an administrator sees the message to the referrer and confirms it, the page drawn by the server each time', async ({ page, browser }) => {
    test.setTimeout(240_000);
    // The referral is sent, and the administrator signs in, with JavaScript;
    // the session then moves to this browser, which runs none.
    const helper = await browser.newContext({ javaScriptEnabled: true });
    const helperPage = await helper.newPage();
    const { reference, statusLink } = await sendReferral(helperPage, '203.0.113.43', 'Tomas');
    await signInAsStaff(helperPage, 'ADMIN');
    await page.context().addCookies(await helper.cookies());
    await helper.close();
    await page.goto('/staff/referrals?status=NEW');
    await page.getByRole('link', { name: reference }).click();
    await expect(page.getByLabel('Keep it as “Received”')).toBeChecked();
    await page.getByLabel('Move to “In progress”').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('confirm-mail-text')).toContainText('is now: In progress.');
    await expect(page.getByTestId('referral-status')).toHaveText('Received');
    await page.getByRole('button', { name: 'Send the message and change the status' }).click();
    await expect(page.getByTestId('referral-done')).toContainText('The status was changed');
    await expect(page.getByTestId('referral-status')).toHaveText('In progress');
    await expect(page.getByLabel('Keep it as “In progress”')).toBeChecked();
    await page.goto(statusLink);
    await expect(page.getByTestId('referral-status')).toHaveText('In progress');
  });
});
