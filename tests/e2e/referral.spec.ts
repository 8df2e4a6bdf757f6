import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The address the server is configured with (SITE_URL): the one the tests reach it at. */
const siteAddress = () => test.info().project.use.baseURL ?? '';

/** From the directory to the first group's referral form; returns the group's name. */
async function openReferralFromGroupPage(page: Page): Promise<string> {
  await page.goto('/groups');
  const first = page.locator('article h3 a').first();
  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  await page.getByRole('link', { name: 'Refer a client to this group' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Refer a client to ${name}`);
  return name;
}

async function fillReferral(page: Page, clientName: string) {
  await page.getByLabel('Your name').fill('Referring Worker');
  await page.getByLabel('Your role or profession').fill('Social worker');
  await page.getByLabel('Organisation').fill('Lakeshore Family Health Team');
  await page.getByLabel('Work email').fill('referrer@lakeshore-fht.example');
  await page.getByLabel("Client's first name or initials").fill(clientName);
  await page.getByLabel('Phone call').check();
  await page.getByLabel("Client's phone number").fill('416-555-0188');
  await page.getByLabel('Your client wants to try self-help.').check();
  await page.getByLabel(/My client agreed to this referral/).check();
}

/** Sends, checks the confirmation, opens the private status link and checks it shows no client details. */
async function sendAndFollowStatus(page: Page, clientName: string) {
  await page.getByRole('button', { name: 'Send referral' }).click();
  await expect(page.getByRole('heading', { name: 'Referral sent' })).toBeVisible();
  const reference = (await page.getByTestId('referral-reference').textContent()) ?? '';
  expect(reference).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
  await expect(page.getByTestId('referral-sent')).not.toContainText(clientName);
  // Built from the site's configured address (the e2e server's own, see playwright.config.ts).
  await expect(page.getByLabel('Status link')).toHaveValue(new RegExp(`^${escapeRe(siteAddress())}/referrals/status/`));
  const link = page.getByTestId('status-link');
  const res = await Promise.all([page.waitForResponse((r) => r.url().includes('/referrals/status/') && r.request().isNavigationRequest()), link.click()]);
  expect(res[0].status()).toBe(200);
  expect(res[0].headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Referral ${reference}`);
  await expect(page.getByTestId('referral-status')).toHaveText('Received');
  await expect(page.getByTestId('referral-history')).toContainText('Received');
  await expect(page.locator('main')).not.toContainText(clientName);
  await expect(page.locator('main')).not.toContainText('416-555-0188');
  return reference;
}

test.describe('with JavaScript', () => {
  test('a professional refers a client from a group page, gets a reference and follows the private status link', async ({ page, browser }) => {
    const res = await page.request.get('/refer');
    expect(res.headers()['cache-control']).toContain('no-store');
    await openReferralFromGroupPage(page);
    await fillReferral(page, 'Anouk');
    await page.getByRole('button', { name: 'Send referral' }).click();
    // The reference stays out of the address.
    await expect(page).toHaveURL(/\/refer\/sent$/);
    const reference = (await page.getByTestId('referral-reference').textContent()) ?? '';
    // Reloading shows the confirmation again, without the one-time link or the client's name.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral sent');
    await expect(page.locator('main')).toContainText(reference);
    await expect(page.locator('main')).not.toContainText('Anouk');
    await expect(page.getByTestId('status-link')).toHaveCount(0);
    // Another browser trying the reference learns nothing about it.
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    await other.goto(`/refer/sent?ref=${reference}`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Referral confirmation');
    await expect(other.locator('main')).not.toContainText(reference);
    await stranger.close();
  });

  test('the status link works once sent from the help-me-find-one form', async ({ page }) => {
    await page.goto('/refer');
    await page.getByLabel('Topic').selectOption({ index: 1 });
    await page.getByLabel('Town or city').fill('Kingston');
    await fillReferral(page, 'Bertrand');
    await sendAndFollowStatus(page, 'Bertrand');
  });

  test('missing answers are listed at the top with links, focus moves there, and what was typed stays', async ({ page }) => {
    await openReferralFromGroupPage(page);
    await page.getByLabel('Your name').fill('Referring Worker');
    await page.getByLabel("Client's first name or initials").fill('Mary Jane Smith');
    await page.getByLabel('Anything else we should know?').fill('Prefers evenings.');
    await page.getByRole('button', { name: 'Send referral' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Enter your work email address' })).toHaveAttribute('href', '#f-referrerEmail');
    await expect(summary.getByRole('link', { name: /not their full name/ })).toBeVisible();
    await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Work email')).toHaveAttribute('aria-describedby', /f-referrerEmail-error/);
    await summary.getByRole('link', { name: 'Enter your work email address' }).click();
    await expect(page.getByLabel('Work email')).toBeFocused();
    await expect(page.getByLabel('Your name')).toHaveValue('Referring Worker');
    await expect(page.getByLabel('Anything else we should know?')).toHaveValue('Prefers evenings.');
  });

  test('several wrong answers are all listed in one summary on the first try, the contact rules included', async ({ page }) => {
    await page.goto('/refer');
    await page.getByLabel('Your name').fill('Referring Worker');
    await page.getByLabel('Work email').fill('worker@');
    await page.getByLabel("Client's first name or initials").fill('Mary Jane Smith');
    await page.getByLabel('Phone call').check();
    // No phone number for the client, no role, no organisation and consent left unticked.
    await page.getByRole('button', { name: 'Send referral' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your role or profession',
      'Enter your organisation',
      'Enter your work email like name@agency.org',
      "Give only the client's first name or initials, not their full name",
      "Enter the client's phone number, or choose another way to reach them",
      'Confirm that your client agreed to this referral',
    ]);
  });

  test('the confirmation is the page\'s heading, with a status link on the site\'s address that copies in one tap', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/refer');
    await page.getByLabel('Topic').selectOption({ index: 1 });
    await fillReferral(page, 'Farida');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral sent');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await expect(page.getByTestId('referral-sent')).toContainText('within two business days');
    const field = page.getByLabel('Status link');
    const url = await field.inputValue();
    expect(url).toMatch(new RegExp(`^${escapeRe(siteAddress())}/referrals/status/[A-Za-z0-9_-]+$`));
    await expect(field).toHaveAttribute('readonly', '');
    await expect(page.getByTestId('copy-status')).toHaveText('');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test('ticking "active crisis" shows where to get urgent help, and the referral is not sent', async ({ page }) => {
    await openReferralFromGroupPage(page);
    await fillReferral(page, 'Cosmin');
    await page.getByLabel('Your client is in an active crisis right now.').check();
    const help = page.getByTestId('urgent-help');
    await expect(help).toBeVisible();
    await expect(help).toContainText('9-8-8');
    await expect(help).toContainText('911');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('We cannot send a referral');
    await expect(page.getByRole('heading', { name: 'Referral sent' })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The fixture checks each page as the server sends it (axe cannot run in a page without JavaScript).
  test('a professional refers a client from a group page and follows the private status link', async ({ page }) => {
    await openReferralFromGroupPage(page);
    await fillReferral(page, 'Delphine');
    await sendAndFollowStatus(page, 'Delphine');
  });

  test('the status link is a labelled, read-only field whose text can be selected, with no copy button', async ({ page }) => {
    await page.goto('/refer');
    await page.getByLabel('Topic').selectOption({ index: 1 });
    await fillReferral(page, 'Gustavo');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral sent');
    const field = page.getByLabel('Status link');
    await expect(field).toHaveAttribute('readonly', '');
    await expect(field).toHaveValue(new RegExp(`^${escapeRe(siteAddress())}/referrals/status/`));
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await field.selectText();
    const selected = await field.evaluate((e: HTMLInputElement) => e.value.slice(e.selectionStart ?? 0, e.selectionEnd ?? 0));
    expect(selected).toBe(await field.inputValue());
  });

  test('the server lists the problems first, keeps what was typed, and refuses a crisis referral with urgent help', async ({ page }) => {
    await openReferralFromGroupPage(page);
    await page.getByLabel('Your name').fill('Referring Worker');
    await page.getByLabel('Anything else we should know?').fill('Prefers evenings.');
    await page.getByRole('button', { name: 'Send referral' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link', { name: "Enter the client's first name or initials" })).toHaveAttribute('href', '#f-clientName');
    await expect(page.getByLabel('Your name')).toHaveValue('Referring Worker');
    await expect(page.getByLabel('Anything else we should know?')).toHaveValue('Prefers evenings.');

    await fillReferral(page, 'E. K.');
    await page.getByLabel('Your client is having thoughts of suicide.').check();
    await page.getByRole('button', { name: 'Send referral' }).click();
    await expect(page.getByTestId('urgent-help')).toContainText('9-8-8');
    await expect(page.getByTestId('error-summary')).toContainText('We cannot send a referral');
    await expect(page.getByLabel("Client's first name or initials")).toHaveValue('E. K.');
    await expect(page.getByRole('heading', { name: 'Referral sent' })).toHaveCount(0);
  });
});

test('an unknown group, and an unknown status link, get a clear not-found page', async ({ page }) => {
  test.info().annotations.push({ type: 'allow-console-error', description: 'status of 404' });
  expect((await page.goto('/groups/no-such-group/refer'))?.status()).toBe(404);
  const res = await page.goto(`/referrals/status/${'A'.repeat(43)}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This status link does not work');
  await page.goto('/refer/privacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we handle referral details');
  await expect(page.locator('main')).toContainText('180 days after a referral is closed');
});
