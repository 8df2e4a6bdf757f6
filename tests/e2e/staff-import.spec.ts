// An administrator imports listings: uploads a file, reads the dry run row
// by row, applies it; a spreadsheet with its own column names goes through
// the column step; a file with a formula cell is refused with the row and
// the reason. At a desktop width and on a phone, and without JavaScript.
// Every page visited is checked with axe by the fixture; results shown in
// place are checked here.
import { test, expect, expectAccessible } from './fixtures';
import { signInAsStaff } from './staff-login';

const stamp = () => Date.now().toString(36);

function hsdsFile(id: string, name: string) {
  const service = {
    id, name, status: 'active',
    description: 'A peer circle for people who have lost someone close. Members listen and share what helps.',
    service_at_locations: [{
      id: `${id}-sal`,
      location: { id: `${id}-loc`, location_type: 'physical', name: 'Community Hall', addresses: [{ id: `${id}-a`, address_1: '20 Water Street', city: 'Peterborough', country: 'CA', address_type: 'physical' }] },
      schedules: [{ id: `${id}-s`, freq: 'MONTHLY', byday: '2TU', opens_at: '19:00', closes_at: '20:30', timezone: 'America/Toronto' }],
    }],
  };
  return { name: 'services.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([service])) };
}

const csvFile = (text: string) => ({ name: 'groups.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

test('an administrator imports an HSDS file at 1280 px, then a spreadsheet through the column step on a phone', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsStaff(page, 'ADMIN');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import listings');

  const name = `Peterborough Grief Circle ${stamp()}`;
  await page.getByLabel('File to import').setInputFiles(hsdsFile(`e2e-${stamp()}`, name));
  await page.getByRole('button', { name: 'Show what would change' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import: dry run');
  await expect(page.getByTestId('import-counts')).toContainText('Create: 1');
  await expect(page.getByTestId('import-plan').getByRole('row', { name: new RegExp(name) })).toContainText('Create');
  await page.getByRole('button', { name: 'Import 1 listing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import applied');
  await expect(page.getByRole('status')).toContainText('new listings are drafts');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/staff/import');
  await page.getByLabel('File to import').setInputFiles(csvFile('Group,What it is,Meets,From,City,Street\n"=HYPERLINK(""https://x.example"",""Click"")",A circle.,Tuesday,19:00,Oshawa,1 King Street\n'));
  await page.getByRole('button', { name: 'Show what would change' }).click();
  await expect(page).toHaveURL(/\/staff\/import\/[a-z0-9]+\/columns$/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('0');
  await page.getByLabel('Description', { exact: true }).selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Show what would change' }).click();
  const refused = page.getByTestId('import-result');
  await expect(refused.getByRole('alert')).toContainText('cannot be imported');
  await expect(page.getByTestId('import-plan')).toContainText('formulas are not accepted');
  await expectAccessible(page);

  const circle = `Oshawa Anxiety Circle ${stamp()}`;
  await page.goto('/staff/import');
  await page.getByLabel('File to import').setInputFiles(csvFile(`Group,What it is,Meets,From,City,Street\n${circle},A circle for people living with anxiety. We talk.,Wednesday,19:00,Oshawa,50 Centre Street\n`));
  await page.getByRole('button', { name: 'Show what would change' }).click();
  await page.getByLabel('Name', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Description', { exact: true }).selectOption({ index: 2 });
  await page.getByLabel(/^Meeting days/).selectOption({ index: 3 });
  await page.getByLabel('Start time (HH:MM)').selectOption({ index: 4 });
  await page.getByLabel('Town').selectOption({ index: 5 });
  await page.getByLabel('Street address').selectOption({ index: 6 });
  await page.getByRole('button', { name: 'Show what would change' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import: dry run');
  await expect(page.getByTestId('import-plan')).toContainText(circle);
  await page.getByRole('button', { name: 'Import 1 listing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import applied');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an administrator uploads, reads the dry run and applies it with plain form posts', async ({ page }) => {
    test.setTimeout(150_000);
    await signInAsStaff(page, 'ADMIN');
    await page.goto('/staff/import');
    const name = `Lindsay Grief Circle ${stamp()}`;
    await page.getByLabel('File to import').setInputFiles(hsdsFile(`e2e-nojs-${stamp()}`, name));
    await page.getByRole('button', { name: 'Show what would change' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import: dry run');
    await page.getByRole('button', { name: 'Import 1 listing' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import applied');
  });
});

test('an editor is not shown the import and is refused the page', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  await expect(page.getByRole('link', { name: 'Import', exact: true })).toHaveCount(0);
  await page.goto('/staff/import');
  await expect(page).toHaveURL(/\/staff\/not-allowed$/);
});
