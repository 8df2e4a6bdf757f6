// A group page as someone in a hurry meets it: on a phone, the next meeting
// and how to reach the group come first; an old listing says so; a group
// that keeps its contact private can be written to, with or without
// JavaScript; and the next meeting goes into a calendar.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { signInAsStaff } from './staff-login';

// Seeded rows (prisma/seed/directory): a group whose phone and email are
// private, one with a public phone, and one nobody has checked yet.
const PRIVATE_GROUP = { slug: 'toronto-survivors-of-abuse-circle', name: 'Toronto Survivors of Abuse Circle' };
const PUBLIC_GROUP = { slug: 'kingston-grief-companions', name: 'Kingston Grief Companions' };
const STALE_GROUP = { slug: 'windsor-laid-off-workers-circle', name: 'Windsor Laid-Off Workers Circle' };

async function nextMeetingStart(page: Page): Promise<Date> {
  const iso = await page.getByTestId('next-meeting').locator('time').first().getAttribute('datetime');
  expect(iso).toBeTruthy();
  return new Date(iso!);
}

const compactUtc = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

async function expectMessageInOutbox(page: Page, subject: string, senderEmail: string) {
  await signInAsStaff(page, 'EDITOR');
  await page.goto('/staff/outbox');
  const message = page.getByTestId('outbox-message').filter({ hasText: subject });
  await expect(message).toHaveCount(1);
  // The group gets the sender's address as Reply-To; no page shows it.
  await expect(message).not.toContainText(senderEmail);
}

test.describe('on a 360 × 740 phone screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a visitor sees the next meeting and how to reach the group without scrolling', async ({ page }) => {
    // The stale listing has its warning above the next meeting, and still fits.
    for (const group of [PUBLIC_GROUP, PRIVATE_GROUP, STALE_GROUP]) {
      await page.goto(`/groups/${group.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.name);
      await expect(page.getByTestId('next-meeting')).toBeInViewport();
      const main = page.getByRole('main');
      const contact = group !== PRIVATE_GROUP ? main.getByRole('link', { name: /^Call / }) : main.getByRole('link', { name: 'Contact this group' });
      await expect(contact).toBeInViewport();
      // The main controls are big enough for a thumb, and the time never breaks across lines.
      for (const link of [contact, page.getByRole('link', { name: /^Add the next meeting to your calendar: Calendar file/ }), page.getByRole('link', { name: /Google Calendar$/ })]) {
        const box = await link.boundingBox();
        expect(box?.height).toBeGreaterThanOrEqual(44);
        expect(box?.width).toBeGreaterThanOrEqual(44);
      }
      const whiteSpace = await page.getByTestId('next-meeting').locator('time span').first().evaluate((el) => getComputedStyle(el).whiteSpace);
      expect(whiteSpace).toBe('nowrap');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    }
  });
});

test('a listing nobody has checked in a year warns the visitor and offers a way to report a change', async ({ page }) => {
  await page.goto(`/groups/${STALE_GROUP.slug}`);
  await expect(page.getByTestId('stale-note')).toContainText('This listing may be out of date — call before you go.');
  await page.getByTestId('stale-note').getByRole('link', { name: `Report a change to ${STALE_GROUP.name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Suggest a correction: ${STALE_GROUP.name}`);

  // A recently checked listing says when, and gives no warning.
  await page.goto(`/groups/${PUBLIC_GROUP.slug}`);
  await expect(page.getByTestId('last-verified')).toContainText(/^Details last checked on [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(page.getByTestId('stale-note')).toHaveCount(0);
});

test('a visitor adds the next meeting to a calendar: one event in the file, the same date for Google and Outlook', async ({ page }) => {
  await page.goto(`/groups/${PUBLIC_GROUP.slug}`);
  const start = await nextMeetingStart(page);

  const href = await page.getByRole('link', { name: /^Add the next meeting to your calendar: Calendar file/ }).getAttribute('href');
  const ics = await page.request.get(href ?? '');
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const body = await ics.text();
  expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(body).not.toContain('RRULE');
  expect(body).toContain(`DTSTART:${compactUtc(start)}`);
  expect(body).toContain(`SUMMARY:${PUBLIC_GROUP.name}`);

  const google = new URL((await page.getByRole('link', { name: /Google Calendar$/ }).getAttribute('href')) ?? '');
  expect(google.hostname).toBe('calendar.google.com');
  expect(google.searchParams.get('dates')?.split('/')[0]).toBe(compactUtc(start));
  const outlook = new URL((await page.getByRole('link', { name: /Outlook$/ }).getAttribute('href')) ?? '');
  expect(outlook.hostname).toBe('outlook.live.com');
  expect(outlook.searchParams.get('startdt')).toBe(start.toISOString().replace(/\.\d{3}Z$/, 'Z'));

  // "Add every meeting" is still the repeating series.
  const series = await page.request.get((await page.getByRole('link', { name: /^Add every meeting/ }).first().getAttribute('href')) ?? '');
  expect(await series.text()).toContain('RRULE:');
});

test('a visitor writes to a group that keeps its contact private: every problem at once, then “Message sent”', async ({ page }) => {
  await page.goto(`/groups/${PRIVATE_GROUP.slug}`);
  await expect(page.getByTestId('public-contact')).toHaveCount(0);
  await page.getByRole('link', { name: 'Contact this group' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Contact ${PRIVATE_GROUP.name}`);

  await page.getByLabel('Your email').fill('not an address');
  await page.getByRole('button', { name: 'Send the message' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([
    'Enter your name, or the name the group should call you.',
    'Enter an email address like name@example.com.',
    'Write a message for the group.',
  ]);
  await expect(page.getByLabel('Your email')).toHaveValue('not an address');

  const name = `Robin ${Date.now()}`;
  const email = `robin.${Date.now()}@example.net`;
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your email').fill(email);
  await page.getByLabel('Your message').fill('Is it all right to come for the first time next week?');
  await page.getByRole('button', { name: 'Send the message' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message sent');
  await expect(page.getByTestId('message-sent')).toContainText(`Your message is on its way to ${PRIVATE_GROUP.name}.`);
  await expect(page.locator('main')).not.toContainText(email);

  await expectMessageInOutbox(page, `A message for ${PRIVATE_GROUP.name} from ${name}`, email);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor writes to a group that keeps its contact private and sees “Message sent”', async ({ page }) => {
    await page.goto(`/groups/${PRIVATE_GROUP.slug}/contact`);
    await page.getByRole('button', { name: 'Send the message' }).click();
    await expect(page.getByTestId('error-summary').getByRole('listitem')).toHaveCount(3);

    const name = `Sam ${Date.now()}`;
    const email = `sam.${Date.now()}@example.net`;
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Your email').fill(email);
    await page.getByLabel('Your message').fill('Do I need to call before coming?');
    await page.getByRole('button', { name: 'Send the message' }).click();
    await expect(page).toHaveURL(new RegExp(`/groups/${PRIVATE_GROUP.slug}/contact/sent$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message sent');
    await expect(page.locator('main')).not.toContainText(email);

    await expectMessageInOutbox(page, `A message for ${PRIVATE_GROUP.name} from ${name}`, email);
  });
});
