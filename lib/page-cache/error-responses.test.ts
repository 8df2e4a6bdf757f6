import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { neverShareFailedResponses } from './error-responses.ts';

// A server answering as Next does: the page's Cache-Control is set first (next.config.ts), the status after the render.
const server = http.createServer((req, res) => {
  res.setHeader('Cache-Control', 'public, max-age=0, s-maxage=60, stale-while-revalidate=300');
  const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status'));
  if (req.url?.includes('inline')) res.writeHead(status, { 'Cache-Control': 'public, s-maxage=60' }).end();
  else {
    res.statusCode = status;
    res.end('page');
  }
});
let base = '';
beforeAll(async () => {
  neverShareFailedResponses();
  neverShareFailedResponses();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

it('a public page that failed leaves with no-store, so no shared cache keeps the error as the page', async () => {
  for (const url of ['/?status=500', '/?status=503', '/inline?status=500']) {
    const res = await fetch(base + url);
    expect(res.headers.get('cache-control'), url).toBe('no-store');
  }
});

it('a public page that worked, or was not found, keeps its shared-cache header', async () => {
  expect((await fetch(`${base}/?status=200`)).headers.get('cache-control')).toMatch(/^public, /);
  expect((await fetch(`${base}/?status=404`)).headers.get('cache-control')).toMatch(/^public, /);
  expect((await fetch(`${base}/inline?status=200`)).headers.get('cache-control')).toBe('public, s-maxage=60');
});
