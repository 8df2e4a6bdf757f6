import { test } from '@playwright/test';
import { signInAsStaff } from './staff-login';

test('screenshots', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsStaff(page, 'EDITOR');
  for (const [path, name] of [['/staff/listings', 'listings'], ['/staff/listings/new', 'new'], ['/staff/submissions', 'subs'], ['/staff/referrals', 'refs'], ['/staff/fact-sheets/self-help-101', 'sheet'], ['/staff/fact-sheets/self-help-101/revisions', 'revs'], ['/staff/topics', 'topics'], ['/list-your-group', 'public']] as const) {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(path);
    await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
  }
  await page.goto('/staff/listings');
  await page.getByTestId('listing-row').first().getByRole('link').click();
  await page.screenshot({ path: '/tmp/shot-edit.png', fullPage: false });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: '/tmp/shot-edit-360.png', fullPage: false });
  await page.getByTestId('meeting-row').first().screenshot({ path: '/tmp/shot-meeting-360.png' });
});
