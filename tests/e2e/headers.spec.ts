// What every response tells the browser besides its content (decisions 021
// and 027): a content security policy whose scripts need this response's own
// nonce, no framing, no sniffing, a referrer policy, geolocation for the site
// only, no framework banner, HSTS only where the site is served over https,
// no caching of staff, referral and form pages, a shared cache's minute for
// public pages (decision 035), server actions only from the
// site's own pages, and a day's caching of the icons and manifest.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { signInAsStaff } from './staff-login';
import { freePort } from '../../scripts/lib/embedded-db.ts';

const NONCE = /'nonce-([A-Za-z0-9+/]{16,}={0,2})'/;

/** The policy's directives, each as written ("object-src 'none'"). */
const directives = (csp: string | undefined) => (csp ?? '').split(';').map((d) => d.trim()).filter(Boolean);

/**
 * The headers every response carries, whatever it is. `https`: the server's
 * SITE_URL is https. `buildFile`: one of Next's hashed scripts or
 * stylesheets, never a page, whose policy has no nonce and allows nothing inline.
 */
function expectSecurityHeaders(headers: Record<string, string>, what: string, { https = false, buildFile = false } = {}) {
  const policy = directives(headers['content-security-policy']);
  for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(policy, `${what}: ${d}`).toContain(d);
  }
  const [scripts, styles] = buildFile ? ["^script-src 'self'$", "^style-src 'self'$"] : [`^script-src 'self' ${NONCE.source} 'strict-dynamic'$`, `^style-src 'self' ${NONCE.source}$`];
  expect(policy.find((d) => d.startsWith('script-src ')), `${what}: scripts only with this response's nonce`).toMatch(new RegExp(scripts));
  expect(policy.find((d) => d.startsWith('style-src ')), `${what}: no inline styles without the nonce`).toMatch(new RegExp(styles));
  expect(policy.join(';'), what).not.toContain('unsafe-');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toBe('camera=(), microphone=(), geolocation=(self)');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-powered-by'], what).toBeUndefined();
  if (https) expect(headers['strict-transport-security'], what).toBe('max-age=31536000');
  else expect(headers['strict-transport-security'], `${what}: no HSTS when the site is not served over https`).toBeUndefined();
}

const nonceOf = (headers: Record<string, string>) => NONCE.exec(headers['content-security-policy'] ?? '')?.[1];

async function firstGroupPath(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/groups')).text();
  const href = /<h3[^>]*>\s*<a[^>]*href="(\/groups\/[a-z0-9-]+)"/.exec(html)?.[1];
  expect(href, 'a group on the results page').toBeTruthy();
  return href ?? '';
}

test('every kind of response carries the security policy: pages, a staff page, API routes, a missing page, files and scripts', async ({ request }) => {
  const home = await request.get('/');
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script, 'a framework script on the home page').toBeTruthy();
  const cases: [string, number][] = [
    ['/', 200],
    ['/groups?q=grief', 200],
    [await firstGroupPath(request), 200],
    ['/fact-sheets/self-help-101', 200],
    ['/refer', 200],
    ['/staff/sign-in', 200],
    ['/api/health', 200],
    ['/api/suggest?field=what&q=grie', 200],
    ['/api/suggest?field=nowhere', 400],
    ['/no-such-page', 404],
    ['/groups/no-such-group', 404],
    // An address the server cannot decode: refused, not a bare 500 without headers.
    ['/groups/%E0%A4%A', 400],
    ['/fact-sheets/%', 400],
    ['/favicon.svg', 200],
    ['/robots.txt', 200],
    [script ?? '', 200],
  ];
  for (const [url, status] of cases) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(status);
    expectSecurityHeaders(res.headers(), url, { buildFile: url.startsWith('/_next/static/') });
  }
  // A redirect too (the console sends a visitor without a session to sign in).
  const redirect = await request.get('/staff', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect.headers(), '/staff (redirect)');
});

test('each page gets a nonce of its own, and every script the page carries has it', async ({ request }) => {
  const groupPath = await firstGroupPath(request);
  for (const url of ['/', groupPath, '/staff/sign-in']) {
    const [a, b] = [await request.get(url), await request.get(url)];
    const [na, nb] = [nonceOf(a.headers()), nonceOf(b.headers())];
    expect(na, url).toBeTruthy();
    expect(na, `${url}: a fresh nonce on every request`).not.toBe(nb);
    const tags = [...(await a.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length, url).toBeGreaterThan(0);
    // A group's JSON-LD is data, never run, so it needs no nonce.
    for (const tag of tags.filter((t) => !t.includes('application/ld+json'))) expect(tag, url).toContain(`nonce="${na}"`);
  }
});

test('staff and referral pages are never stored by the browser or a proxy', async ({ request }) => {
  const groupPath = await firstGroupPath(request);
  for (const url of ['/staff', '/staff/sign-in', '/staff/forgot-password', '/refer', '/refer/privacy', `${groupPath}/refer`, '/referrals/status/not-a-real-link', `${groupPath}/contact`, '/list-your-group']) {
    const headers = (await request.get(url, { maxRedirects: 0 })).headers();
    expect(headers['cache-control'], url).toContain('no-store');
    expect(headers['cache-control'], url).not.toContain('public');
    expect(headers['surrogate-key'], url).toBeUndefined();
  }
});

test('public pages may be kept a minute by a shared cache, whoever asks, and name the cache tags a listing change purges (decision 035)', async ({ request, page }) => {
  const groupPath = await firstGroupPath(request);
  const slug = groupPath.slice('/groups/'.length);
  const cases: [string, string][] = [
    ['/', 'listings'],
    ['/groups?q=grief', 'listings'],
    ['/groups/browse', 'listings'],
    [groupPath, `group:${slug}`],
    ['/topics', 'listings'],
    ['/fact-sheets/self-help-101', 'fact-sheets'],
  ];
  for (const [url, tag] of cases) {
    const headers = (await request.get(url)).headers();
    expect(headers['cache-control'], url).toMatch(/^public, max-age=0, s-maxage=60, stale-while-revalidate=300\b/);
    expect(headers['surrogate-key'], url).toBe(tag);
    expect(headers['cache-tag'], url).toBe(tag);
    // Nothing personal: no cookie is set, and the page does not vary on one.
    expect(headers['set-cookie'], url).toBeUndefined();
    expect(headers.vary ?? '', url).not.toMatch(/cookie/i);
  }
  // Signed in, staff get the very same page: it does not depend on a session.
  await signInAsStaff(page, 'EDITOR');
  const signedIn = await page.request.get(groupPath);
  expect(signedIn.headers()['cache-control']).toMatch(/^public, /);
  expect(signedIn.headers()['set-cookie']).toBeUndefined();
});

/** Records every policy violation the browser reports on any page this Page loads. */
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeBinding('__reportViolation', (_source, text: string) => void seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = `${e.sourceFile || e.documentURI}:${e.lineNumber}:${e.columnNumber}`;
      (window as unknown as { __reportViolation: (s: string) => void }).__reportViolation(`${location.href}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${where} (${e.sample})`);
    });
  });
  return seen;
}

/** The page's own inline scripts ran (React's streamed payload) and it was hydrated. */
async function expectScriptsRan(page: Page) {
  await expect.poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)), { message: page.url() }).toBe(true);
}

test('walking from the home page to a group, its referral form and into the staff console, the browser blocks nothing', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await expectScriptsRan(page);
  // Typing asks for suggestions (a fetch the policy must allow).
  await page.getByLabel('What are you looking for?').pressSequentially('grie');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/groups\?/);
  await expectScriptsRan(page);
  await page.locator('article h3 a').first().click();
  await expect(page.getByRole('link', { name: 'Refer a client to this group' })).toBeVisible();
  await expectScriptsRan(page);
  await page.getByRole('link', { name: 'Refer a client to this group' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Refer a client');
  await expectScriptsRan(page);
  await page.goto('/fact-sheets/self-help-101');
  await expectScriptsRan(page);
  await signInAsStaff(page, 'EDITOR');
  await page.goto('/staff/listings');
  await expectScriptsRan(page);
  expect(violations).toEqual([]);
});

/** The fields a page's server-action form posts without JavaScript. */
function hiddenFields(html: string): Record<string, string> {
  const form = html.slice(html.indexOf('<form noValidate'));
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const m of form.slice(0, form.indexOf('</form>')).matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[decode(m[1] ?? '')] = decode(m[2] ?? '');
  return fields;
}

test('a server action posted from another site is refused; the same post from the site itself is answered', async ({ request, baseURL }) => {
  const fields = hiddenFields(await (await request.get('/list-your-group')).text());
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION_')), 'the form posts to a server action').toBe(true);
  const post = (origin: string) => request.post('/list-your-group', { multipart: fields, headers: { origin }, maxRedirects: 0 });
  // Empty fields: the form comes back with what to fix.
  const own = await post(baseURL ?? '');
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('data-testid="form-errors"');
  for (const foreign of ['https://attacker.example', 'null', `http://localhost.attacker.example:${new URL(baseURL ?? '').port}`]) {
    const res = await post(foreign);
    expect(res.status(), foreign).toBe(500);
    expect(await res.text(), foreign).not.toContain('form-errors');
    expectSecurityHeaders(res.headers(), `server action from ${foreign}`);
  }
});

test('icons and the manifest are cached for a day; pages and robots.txt are not', async ({ request }) => {
  for (const url of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png', '/icon-192.png', '/icon-maskable-512.png', '/manifest.webmanifest']) {
    expect((await request.get(url)).headers()['cache-control'], url).toBe('public, max-age=86400');
  }
  expect((await request.get('/robots.txt')).headers()['cache-control']).not.toContain('86400');
  expect((await request.get('/')).headers()['cache-control']).not.toContain('86400');
});

test.describe('a production server whose address is https and whose database is away', () => {
  let server: ChildProcess | undefined;
  let base = '';
  test.beforeAll(async () => {
    const port = await freePort();
    const closed = await freePort();
    base = `http://localhost:${port}`;
    const root = path.resolve(import.meta.dirname, '../..');
    server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        SITE_URL: 'https://groups.example.org',
        AUTH_SECRET: crypto.randomBytes(33).toString('base64'),
        REFERRAL_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
        DATABASE_URL: `postgresql://nobody@127.0.0.1:${closed}/none`,
        DB_CONNECT_TIMEOUT_MS: '500',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 120; i++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.status === 503) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the https-configured server did not answer');
  });
  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  });

  test('every response asks browsers to keep to https, and the "temporarily unavailable" page keeps the whole policy and blocks nothing', async ({ page, request }) => {
    // With the database away, pages get the plain 503 page at once (decision 036).
    for (const [url, status] of [['/api/health', 503], ['/no-such-page', 503], ['/favicon.svg', 200], ['/', 503]] as const) {
      const res = await request.get(base + url);
      expect(res.status(), url).toBe(status);
      expectSecurityHeaders(res.headers(), `https site ${url}`, { https: true });
    }
    // A public page that failed is not handed to a shared cache as the page (decision 035).
    expect((await request.get(`${base}/`)).headers()['cache-control']).not.toMatch(/public|s-maxage/);
    test.info().annotations.push({ type: 'allow-console-error', description: 'status of 503' });
    const violations = await recordViolations(page);
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { name: 'The directory is temporarily unavailable' })).toBeVisible();
    await expect(page.getByRole('link', { name: '9-8-8' })).toBeVisible();
    expect(violations).toEqual([]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await expectAccessible(page);
    }
  });

});
