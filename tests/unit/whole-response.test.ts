// The production server's response wrapper, on a real HTTP server and a real
// client: pages arrive whole and gzip-compressed when the browser accepts it,
// written the way Next writes them (headers flushed early, many chunks).
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMIT, THRESHOLD, wholeResponse } from '../../scripts/lib/whole-response.mjs';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let handler: Handler = () => {};
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    wholeResponse(req, res);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A raw request, so the body is seen exactly as sent (fetch would decompress it). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Writes like Next's renderer: flushHeaders, then chunks on later turns of the event loop. */
function streamPage(chunks: string[], type = 'text/html; charset=utf-8', status = 200): Handler {
  return (_req, res) => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Vary', 'rsc');
    res.flushHeaders();
    let i = 0;
    const next = () => {
      if (i < chunks.length) {
        res.write(chunks[i++]);
        setImmediate(next);
      } else res.end();
    };
    next();
  };
}

const page = Array.from({ length: 40 }, (_, i) => `<li>Group number ${i}, meeting on Tuesdays</li>`);

describe('pages are sent whole', () => {
  it('compresses a page for a browser that accepts gzip, with its length and Vary', async () => {
    handler = streamPage(page);
    const res = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['transfer-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.headers.vary).toBe('rsc, Accept-Encoding');
    expect(zlib.gunzipSync(res.body).toString()).toBe(page.join(''));
  });

  it('sends the same page plain, with its length, to a client without gzip', async () => {
    handler = streamPage(page);
    const res = await get('/');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.toString()).toBe(page.join(''));
  });

  it('leaves small bodies uncompressed', async () => {
    handler = streamPage(['ok']);
    const res = await get('/', { 'accept-encoding': 'gzip' });
    expect(THRESHOLD).toBeGreaterThan(2);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('ok');
  });

  it('keeps status and headers given to writeHead', async () => {
    handler = (_req, res) => {
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Kind': 'made', 'Content-Length': '9999' });
      res.end(JSON.stringify({ items: page }));
    };
    const res = await get('/', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(201);
    expect(res.headers['x-kind']).toBe('made');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(JSON.parse(zlib.gunzipSync(res.body).toString())).toEqual({ items: page });
  });

  it('passes through what it should not touch: images, errors without bodies, HEAD, already-encoded bodies', async () => {
    const png = Buffer.alloc(5000, 7);
    handler = (_req, res) => {
      res.setHeader('Content-Type', 'image/png');
      res.end(png);
    };
    const image = await get('/', { 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);

    handler = (_req, res) => {
      res.writeHead(304);
      res.end();
    };
    expect((await get('/', { 'accept-encoding': 'gzip' })).status).toBe(304);

    handler = streamPage(page);
    const head = await get('/', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);

    const encoded = zlib.gzipSync(page.join(''));
    handler = (_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('Content-Encoding', 'gzip');
      res.end(encoded);
    };
    const twice = await get('/', { 'accept-encoding': 'gzip' });
    expect(zlib.gunzipSync(twice.body).toString()).toBe(page.join(''));
  });

  it('streams a body past the size limit instead of holding it, losing nothing', async () => {
    const big = 'x'.repeat(64 * 1024);
    const count = Math.ceil(LIMIT / big.length) + 3;
    handler = streamPage(Array.from({ length: count }, () => big), 'text/csv');
    const res = await get('/', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.length).toBe(count * big.length);
  });
});
