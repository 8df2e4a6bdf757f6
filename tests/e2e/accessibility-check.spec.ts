// The check every other spec leans on: axe, run as the fixtures run it,
// must name what is wrong on a page, and pass the same page once mended —
// in the same document, where axe is already in place from the first look.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './fixtures';

const BROKEN = `<!doctype html><html lang="en"><head><title>A form with faults</title></head>
<body><main><h1>Join a group</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text" id="town"></main></body></html>`;

test('the accessibility check names an image without a text and a field without a label, then passes them mended', async ({ page }) => {
  // Served by the test itself: no page of the directory has these faults.
  await page.route('**/accessibility-probe', (route) => route.fulfill({ contentType: 'text/html', body: BROKEN }));
  await page.goto('/accessibility-probe');
  const failure = await expectAccessible(page).then(
    () => null,
    (e: Error) => e.message,
  );
  expect(failure).toContain('image-alt');
  expect(failure).toContain('label');
  await page.evaluate(() => {
    document.querySelector('img')!.setAttribute('alt', 'A group meeting');
    document.querySelector('input')!.insertAdjacentHTML('beforebegin', '<label for="town">Town</label>');
  });
  await expectAccessible(page);
});
