import { test } from '@playwright/test';
const shots: [string, string, number][] = [
  ['/fact-sheets', 'fs-list', 1100],
  ['/fact-sheets/self-help-101', 'fs-101', 1100],
  ['/fact-sheets/self-help-101', 'fs-101-360', 360],
  ['/fact-sheets/group-guidelines?pick=no-put-downs&pick=right-to-pass&add=We+start+on+time.', 'fs-gg', 1100],
  ['/fact-sheets/starting-a-group', 'fs-start', 1100],
  ['/fact-sheets/tips-for-professionals', 'fs-tips', 1100],
];
test('shots', async ({ page }) => {
  test.setTimeout(120_000);
  for (const [url, name, w] of shots) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.goto(url);
    await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto('/fact-sheets/tips-for-professionals');
  await page.getByRole('checkbox', { name: 'Your client is in an active crisis right now.' }).check();
  await page.locator('#client-readiness').screenshot({ path: '/tmp/fs-crisis.png' });
  await page.goto('/fact-sheets/group-guidelines?pick=no-put-downs&pick=right-to-pass&add=We+start+on+time.');
  await page.pdf({ path: '/tmp/fs-gg.pdf' });
  await page.goto('/fact-sheets/self-help-101');
  await page.pdf({ path: '/tmp/fs-101.pdf' });
});
