import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';

const SHEETS: Record<string, string> = {
  'finding-the-right-group': 'Finding the right group',
  'self-help-101': 'Self-help 101',
  'how-groups-support-professionals': 'How self-help groups support professionals',
  'professionals-and-groups-working-together': 'Professionals and groups working together',
  'tips-for-professionals': 'Tips for professionals',
  'group-guidelines': 'Group guidelines and comfort agreements',
  'starting-a-group': 'Starting a group',
};

test('a visitor opens each of the seven fact sheets from the fact-sheets page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fact sheets' }).click();
  await expect(page).toHaveURL(/\/fact-sheets$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fact sheets');
  const shelves = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(shelves).toHaveText(['For everyone', 'For professionals', 'For group leaders']);

  for (const [slug, title] of Object.entries(SHEETS)) {
    await page.goto('/fact-sheets');
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/fact-sheets/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(/^Last updated /)).toBeVisible();
    // Every entry of the table of contents leads to a heading on the page.
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const targets = await toc.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const href of targets) await expect(page.locator(`h2${href}, h3${href}`)).toHaveCount(1);
    const findGroup = page.getByRole('region', { name: 'Looking for a group?' });
    await expect(findGroup.getByRole('link', { name: 'Find a group', exact: true })).toHaveAttribute('href', '/groups');
    await expect(page.getByRole('heading', { name: 'Related fact sheets' })).toBeVisible();
  }
});

test('links from other pages land on the right self-check', async ({ page }) => {
  await page.goto('/fact-sheets/finding-the-right-group#right-group');
  const tool = page.locator('section#right-group');
  await expect(tool).toBeInViewport();
  await expect(tool.getByRole('group', { name: 'How you feel in the group' }).getByRole('checkbox')).toHaveCount(8);

  await page.goto('/fact-sheets/tips-for-professionals#client-readiness');
  await expect(page.locator('section#client-readiness').getByRole('group', { name: 'Not ready yet' })).toBeVisible();
});

test('an unknown or malformed fact-sheet address shows the not-found page', async ({ page }) => {
  // The browser logs each 404 response; that is the point of this test.
  test.info().annotations.push({ type: 'allow-console-error', description: 'status of 404' });
  for (const path of ['/fact-sheets/no-such-sheet', '/fact-sheets/Bad..Slug', `/fact-sheets/${'a'.repeat(300)}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  }
});

test('a printed fact sheet has no navigation or buttons, shows link addresses and names the site', async ({ page }) => {
  await page.goto('/fact-sheets/self-help-101');
  await expect(page.getByRole('button', { name: 'Print this fact sheet' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this fact sheet' })).toBeHidden();
  await expect(page.getByText('Self-Help Group Directory · Fact sheet · http')).toBeVisible();
  await expect(page.getByText(/^From the Self-Help Group Directory .* Last updated/)).toBeVisible();

  const link = page.getByRole('link', { name: 'grief and loss groups' });
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^" \(https?:\/\/[^/]+\/groups\?topic=bereavement\)"$/);
  // An in-page anchor gets no address printed after it.
  const anchor = page.locator('a.heading-anchor').first();
  await expect(anchor).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText('Self-Help Group Directory · Fact sheet · http')).toBeHidden();
});

test('a group leader builds a comfort agreement in the browser', async ({ page }) => {
  await page.goto('/fact-sheets/group-guidelines');
  const tool = page.locator('#comfort-agreement');
  const agreement = tool.getByRole('region', { name: 'Your group’s agreement' });
  await expect(agreement.getByRole('listitem')).toHaveCount(0);

  await tool.getByRole('checkbox', { name: 'What is said in this room stays in this room.' }).check();
  await tool.getByRole('checkbox', { name: 'We respect opinions that are different from our own.' }).check();
  await tool.getByRole('textbox', { name: 'Add a guideline in your own words' }).fill('We start on time.');
  await tool.getByRole('button', { name: 'Add' }).click();

  await expect(agreement.getByRole('listitem')).toHaveText([
    'What is said in this room stays in this room.',
    'We respect opinions that are different from our own.',
    'We start on time.',
  ]);
  await expect(tool.getByRole('textbox', { name: 'Add a guideline in your own words' })).toHaveValue('');
  // Nothing was sent: the page never left.
  expect(new URL(page.url()).search).toBe('');

  await tool.getByRole('checkbox', { name: 'We start on time.' }).uncheck();
  await expect(agreement.getByRole('listitem')).toHaveCount(2);
  await expect(agreement.getByRole('button', { name: 'Print your agreement' })).toBeVisible();
});

test('a professional ticking "active crisis" is told where to get urgent help', async ({ page }) => {
  await page.goto('/fact-sheets/tips-for-professionals');
  const tool = page.locator('#client-readiness');
  await tool.getByRole('checkbox', { name: 'Your client wants to try self-help.' }).check();
  await expect(tool.getByTestId('readiness-result')).toContainText('1 of 7 signs');
  await expect(tool.getByRole('alert')).toHaveText('');

  await tool.getByRole('checkbox', { name: 'Your client is in an active crisis right now.' }).check();
  const notice = tool.getByRole('alert');
  await expect(notice).toContainText('Do not refer your client to a group now');
  await expect(notice).toContainText('911');
  await expect(notice).toContainText('9-8-8');

  await tool.getByRole('checkbox', { name: 'Your client is in an active crisis right now.' }).uncheck();
  await expect(notice).toHaveText('');
});

test('a member counts the "yes" answers of the right-group self-check', async ({ page }) => {
  await page.goto('/fact-sheets/finding-the-right-group');
  const tool = page.locator('#right-group');
  const boxes = tool.getByRole('checkbox');
  await expect(boxes).toHaveCount(17);
  for (let i = 0; i < 14; i++) await boxes.nth(i).check();
  await expect(tool.getByTestId('right-group-result')).toContainText('14 of 17 answered “yes”');
  await expect(tool.getByTestId('right-group-result')).toContainText('seems to suit you well');
});

// axe needs JavaScript in the page, so the fixture's checks cannot run with it
// off. Each no-JavaScript test uses its own page, and checks the page it ends on
// as it was served: in a scripted context whose app scripts are blocked.
async function expectAccessibleAsServed(browser: Browser, page: Page) {
  // Contexts made in a test inherit its options, javaScriptEnabled included.
  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  const served = await context.newPage();
  await served.goto(page.url());
  await expectAccessible(served);
  await context.close();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a group leader builds a comfort agreement by submitting the form', async ({ context, browser }) => {
    const page = await context.newPage();
    await page.goto('/fact-sheets/group-guidelines');
    const tool = page.locator('#comfort-agreement');
    await expect(tool.getByRole('button', { name: 'Print your agreement' })).toHaveCount(0);
    await tool.getByRole('checkbox', { name: 'We never use put-downs, insults or name-calling.' }).check();
    await tool.getByRole('checkbox', { name: 'Taking part is your choice, and you can always say "I pass".' }).check();
    await tool.getByRole('textbox', { name: 'Add a guideline in your own words' }).fill('We start on time.');
    await tool.getByRole('button', { name: 'Show our agreement' }).click();

    await expect(page).toHaveURL(/\/fact-sheets\/group-guidelines\?pick=no-put-downs&pick=right-to-pass&add=We\+start\+on\+time\.#comfort-agreement$/);
    const agreement = page.locator('#comfort-agreement').getByRole('region', { name: 'Your group’s agreement' });
    await expect(agreement.getByRole('listitem')).toHaveText([
      'We never use put-downs, insults or name-calling.',
      'Taking part is your choice, and you can always say "I pass".',
      'We start on time.',
    ]);
    await expect(page.getByRole('checkbox', { name: 'We start on time.' })).toBeChecked();

    // Unticking one of the group's own lines and submitting again drops it.
    await page.getByRole('checkbox', { name: 'We start on time.' }).uncheck();
    await tool.getByRole('button', { name: 'Show our agreement' }).click();
    await expect(agreement.getByRole('listitem')).toHaveCount(2);
    await expectAccessibleAsServed(browser, page);
  });

  test('a hand-edited agreement address is cut down to what the builder knows, never an error', async ({ context }) => {
    const page = await context.newPage();
    const long = 'x'.repeat(500);
    const res = await page.goto(`/fact-sheets/group-guidelines?pick=nope&pick=respect-diversity&add=%3Cb%3Ehi%3C%2Fb%3E&add=${long}`);
    expect(res?.status()).toBe(200);
    const items = page.locator('#comfort-agreement').getByRole('region', { name: 'Your group’s agreement' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.nth(1)).toHaveText('<b>hi</b>');
    expect((await items.nth(2).textContent())?.length).toBe(200);
  });

  test('the self-checks are plain tick boxes that send nothing', async ({ context, browser }) => {
    const page = await context.newPage();
    await page.goto('/fact-sheets/finding-the-right-group');
    const form = page.locator('#right-group form');
    await expect(form.getByRole('checkbox')).toHaveCount(17);
    await expect(form).not.toHaveAttribute('action');
    await expect(form.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /print/i })).toHaveCount(0);
    await form.getByRole('checkbox').first().check();
    await expect(form.getByRole('checkbox').first()).toBeChecked();
    await expectAccessibleAsServed(browser, page);
  });
});
