// The files in public/ as browsers and crawlers fetch them: each with its
// own content type (the app sends nosniff, so a wrong one is not guessed
// around), the manifest's icons all present, and every page linking them.
import { test, expect } from './fixtures';
import { SITE } from '../../lib/site.ts';

type Manifest = { name: string; short_name: string; start_url: string; theme_color: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(body: Buffer) {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20), colourType: body.readUInt8(25) };
}

test('each file in public/ is served with its own content type', async ({ request }) => {
  const types: Record<string, RegExp> = {
    '/favicon.svg': /^image\/svg\+xml/,
    '/favicon.ico': /^image\/(x-icon|vnd\.microsoft\.icon)$/,
    '/apple-touch-icon.png': /^image\/png$/,
    '/manifest.webmanifest': /^application\/manifest\+json/,
    '/robots.txt': /^text\/plain/,
  };
  for (const [url, type] of Object.entries(types)) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type'], url).toMatch(type);
  }
});

test('the manifest names the directory and each of its icons is served as declared', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Manifest;
  expect(manifest).toMatchObject({ name: SITE.name, start_url: '/', theme_color: '#eef6f4' });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.icons.map((i) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type'], icon.src).toMatch(new RegExp(`^${icon.type.replace('+', '\\+')}`));
    if (icon.type !== 'image/png') continue;
    const { width, height } = pngHeader(await res.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
});

test('the apple touch icon is 180 px square and opaque', async ({ request }) => {
  const png = pngHeader(await (await request.get('/apple-touch-icon.png')).body());
  // Colour type 2 is RGB: no alpha channel, so nothing can be transparent.
  expect(png).toEqual({ width: 180, height: 180, colourType: 2 });
});

test('robots.txt lets crawlers in to the directory but not the staff console or private pages', async ({ request }) => {
  // Field names are case-insensitive (RFC 9309); Next writes "User-Agent".
  const lines = (await (await request.get('/robots.txt')).text()).split('\n').map((l) => l.trim().replace(/^user-agent:/i, 'User-agent:'));
  expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /staff', 'Disallow: /referrals/', 'Disallow: /api/']));
  expect(lines.filter((l) => /^Disallow:\s*\/?$/.test(l)), 'nothing disallows the whole site').toEqual([]);
});

test('the home page links the icons, the apple touch icon and the manifest', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const has = (rel: string, href: string) => links.some((l) => l.includes(`rel="${rel}"`) && l.includes(`href="${href}"`));
  expect(has('icon', '/favicon.svg'), links.join('\n')).toBe(true);
  expect(has('icon', '/favicon.ico')).toBe(true);
  expect(has('apple-touch-icon', '/apple-touch-icon.png')).toBe(true);
  expect(has('manifest', '/manifest.webmanifest')).toBe(true);
  expect(html).toContain('<meta name="theme-color" content="#eef6f4"');
});
