// What every page tells the browser besides its content: the security
// headers (decision 021) and a day's caching of the icons and manifest.
import { test, expect } from './fixtures';

test('pages carry the security headers', async ({ request }) => {
  for (const url of ['/', '/groups?q=grief', '/refer', '/fact-sheets']) {
    const headers = (await request.get(url)).headers();
    expect(headers['content-security-policy'], url).toBe("base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'");
    expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
    expect(headers['strict-transport-security'], url).toBe('max-age=31536000');
    expect(headers['x-frame-options'], url).toBe('DENY');
    expect(headers['x-content-type-options'], url).toBe('nosniff');
  }
});

test('icons and the manifest are cached for a day; pages and robots.txt are not', async ({ request }) => {
  for (const url of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png', '/icon-192.png', '/icon-maskable-512.png', '/manifest.webmanifest']) {
    expect((await request.get(url)).headers()['cache-control'], url).toBe('public, max-age=86400');
  }
  expect((await request.get('/robots.txt')).headers()['cache-control']).not.toContain('86400');
  expect((await request.get('/')).headers()['cache-control']).not.toContain('86400');
});
