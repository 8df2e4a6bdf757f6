// A client asks what the directory holds about them and then asks for it to
// be erased: a staff member with referral access finds it by their phone
// number (typed another way than on the form), downloads it as a text
// document, and erases it after confirming. Every page is checked with axe,
// on a desktop screen and on a 360 px phone.
import fs from 'node:fs';
import { test, expect, expectAccessible } from './fixtures';
import { signInAsStaff } from './staff-login';

// A sign-in may wait up to 30 s for a fresh two-factor step, and axe runs on
// every page at two widths.
test.describe.configure({ timeout: 180_000 });

test('a staff member finds what is held about a client by phone, exports it and erases it after confirming', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // An office address of its own, so earlier referral tests' limits do not apply.
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.38' });
  await page.goto('/refer');
  await page.getByLabel('Topic').selectOption({ index: 1 });
  await page.getByLabel('Town or city').fill('Belleville');
  await page.getByLabel('Your name').fill('Referring Worker');
  await page.getByLabel('Your role or profession').fill('Social worker');
  await page.getByLabel('Organisation').fill('Quinte Family Health Team');
  await page.getByLabel('Work email').fill('referrer@quinte-fht.example');
  await page.getByLabel("Client's first name or initials").fill('Ines');
  await page.getByLabel('Phone call').check();
  await page.getByLabel("Client's phone number").fill('613-555-0161');
  await page.getByLabel('Your client wants to try self-help.').check();
  await page.getByLabel(/My client agreed to this referral/).check();
  await page.getByRole('button', { name: 'Send referral' }).click();
  await expect(page.getByRole('heading', { name: 'Referral sent' })).toBeVisible();
  const reference = ((await page.getByTestId('referral-reference').textContent()) ?? '').trim();

  await signInAsStaff(page, 'ADMIN');
  await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Personal data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal data');
  await page.getByLabel(/Phone number/).fill('+1 (613) 555 0161');
  await page.getByRole('button', { name: 'Find everything held' }).click();
  const found = page.getByTestId('personal-data-referral');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(reference);
  await expect(found).toContainText('Ines');
  // The person is not in the address, only a sealed case.
  expect(page.url()).not.toContain('555');
  expect((await page.request.get(page.url())).headers()['cache-control']).toContain('no-store');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download as a text file' }).click();
  const file = await (await download).path();
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(`Referral ${reference}`);
  expect(text).toContain('Client: Ines');
  expect(text).toContain('613-555-0161');

  // On a phone: the results and the confirmation fit and pass axe.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('link', { name: 'Erase all of it…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Erase everything held about');
  await expect(page.getByTestId('erase-summary')).toContainText('1 referral(s) lose the client');
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page);
  await page.getByLabel('I confirm: erase everything listed above').check();
  await page.getByRole('button', { name: 'Erase' }).click();
  await expect(page.getByTestId('personal-data-erased')).toContainText('1 referral(s)');

  // The referral stays for the statistics, without the client.
  await page.goto('/staff/referrals?status=NEW');
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Referral ${reference}`);
  await expect(page.getByText('613-555-0161')).toHaveCount(0);
  // The name as a word, case and all: "Readiness" on the same page contains its letters.
  expect(await page.locator('main').innerText()).not.toMatch(/\bInes\b/);
});

test('the erasure is refused by the server without the box ticked, even when the browser does not check it', async ({ page }) => {
  await signInAsStaff(page, 'ADMIN');
  await page.goto('/staff/personal-data');
  await page.getByLabel('Email address').fill('nobody.here@example.org');
  await page.getByRole('button', { name: 'Find everything held' }).click();
  await expect(page.getByTestId('personal-data-results')).toBeVisible();
  await page.getByRole('link', { name: 'Erase all of it…' }).click();
  // As a browser that ignores `required` would post it.
  await page.getByLabel('I confirm: erase everything listed above').evaluate((box) => box.removeAttribute('required'));
  await page.getByRole('button', { name: 'Erase' }).click();
  await expect(page.getByText('Tick the box to confirm the erasure.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Erase everything held about');
});
