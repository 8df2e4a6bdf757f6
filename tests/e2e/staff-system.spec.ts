// The System page (docs/operations.md, "Monitoring"): an administrator sees
// backups, database, jobs, mail, disk and versions, with what needs
// attention; an editor can neither see the link nor open the page. The
// fixture runs axe on every page visited; here also at phone width.
import { test, expect, expectAccessible } from './fixtures';
import { signInAsStaff } from './staff-login';

test('an administrator reads how the directory is doing, on a wide screen and on a phone', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsStaff(page, 'ADMIN');
  await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'System' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'System' })).toBeVisible();
  for (const section of ['Backups', 'Database', 'Background jobs', 'Mail', 'Disk space', 'Versions and keys']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  // The e2e server sets no BACKUP_DIR: the page says nightly backups are off.
  await expect(page.getByTestId('system-warnings')).toContainText('Nightly backups are off');
  await expect(page.getByText('Data folder', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'System' })).toBeVisible();
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an editor has no System link and is refused the page', async ({ page }) => {
  await signInAsStaff(page, 'EDITOR');
  await expect(page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'System' })).toHaveCount(0);
  await page.goto('/staff/system');
  await expect(page).toHaveURL(/\/staff\/not-allowed/);
});
