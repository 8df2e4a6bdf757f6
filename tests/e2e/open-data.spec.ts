// Someone who runs a 211 line or a meeting-finder app finds the Open data
// page from any page's footer, reads the licence and the fields, and gets
// every download, the API and the feeds; a visitor subscribes to a group's
// calendar; search engines find the sitemap from robots.txt.
import { test, expect, expectAccessible } from './fixtures';

const GROUP = { slug: 'kingston-grief-companions', name: 'Kingston Grief Companions' };

test('the Open data page is reached from the footer, is accessible, and every download on it works', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(page.getByRole('table', { name: 'Fields in the open data' })).toBeVisible();
  await expect(page.getByText(/every other week, or on a set weekday of the month/)).toBeVisible();

  const downloads = [
    { name: 'The whole directory as HSDS JSON', type: /^application\/json/ },
    { name: 'The HSDS tabular form (zip)', type: /^application\/zip/ },
    { name: 'Listings for spreadsheets (CSV)', type: /^text\/csv/ },
    { name: 'The Meeting Guide feed', type: /^application\/json/ },
  ];
  for (const d of downloads) {
    const href = await page.getByRole('link', { name: d.name }).getAttribute('href');
    const res = await request.get(href!);
    expect(res.status(), d.name).toBe(200);
    expect(res.headers()['content-type'], d.name).toMatch(d.type);
    expect(res.headers()['access-control-allow-origin'], d.name).toBe('*');
  }
});

test('an app reads the HSDS API across origins and is told when nothing changed', async ({ request }) => {
  const res = await request.get('/api/hsds/services?per_page=2', { headers: { Origin: 'https://resources.example.org' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  const body = (await res.json()) as { total_items: number; size: number; contents: { id: string }[] };
  expect(body.size).toBe(2);
  const again = await request.get('/api/hsds/services?per_page=2', { headers: { 'If-None-Match': res.headers()['etag']! } });
  expect(again.status()).toBe(304);
  const one = await request.get(`/api/hsds/services/${body.contents[0]!.id}`);
  expect(one.status()).toBe(200);
});

test('a visitor subscribes to a group’s meetings from its page', async ({ page, request }) => {
  await page.goto(`/groups/${GROUP.slug}`);
  const box = page.getByTestId('calendar-subscribe');
  const webcal = await box.getByRole('link', { name: /^Subscribe in your calendar app/ }).getAttribute('href');
  expect(webcal).toMatch(new RegExp(`^webcal://[^/]+/groups/${GROUP.slug}/calendar\\.ics$`));
  const ics = await box.getByRole('link', { name: /^Calendar address \(\.ics\)/ }).getAttribute('href');
  const res = await request.get(ics!);
  expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await res.text();
  expect(text).toContain(`X-WR-CALNAME:${GROUP.name}`);
  expect(text).toContain('BEGIN:VTIMEZONE');
});

test('search engines find the sitemap from robots.txt, with the group pages and their dates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
  const xml = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  expect(xml).toMatch(new RegExp(`<loc>[^<]*/groups/${GROUP.slug}</loc>\\s*<lastmod>\\d{4}-\\d\\d-\\d\\dT`));
  expect(xml).toContain('/fact-sheets/');
});
