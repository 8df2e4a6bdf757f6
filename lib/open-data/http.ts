// How every open-data response goes out: a per-address rate limit, open CORS
// for GET, an ETag with If-None-Match answered by 304, and Cache-Control, so
// caches and polling apps cost little. Routes only say what the body is.
import 'server-only';
import crypto from 'node:crypto';
import { consumeLimit, type LimitRule } from '../abuse/rate-limit.ts';
import { getRequestIp } from '../staff/request-ip.ts';
import { BadRequest } from './query.ts';

/** 300 requests a minute per client address: a page every 200 ms, far above any app's polling (documented on /open-data). */
export const OPEN_DATA_LIMIT = { name: 'open-data-ip', points: 300, durationSeconds: 60 } satisfies LimitRule;

/** Five minutes: listings change a few times a day, and a listing's fix should show the same hour. */
export const OPEN_DATA_CACHE_CONTROL_SECONDS = 300;
export const OPEN_DATA_CACHE_CONTROL = `public, max-age=${OPEN_DATA_CACHE_CONTROL_SECONDS}`;

export type OpenDataBody = { body: string | Uint8Array; contentType: string; fileName?: string };

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, RateLimit-Policy, Content-Disposition',
};

function json(status: number, value: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...CORS, ...extra },
  });
}

/** A strong validator of the exact bytes sent. */
export function etagOf(body: string | Uint8Array): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when If-None-Match names this ETag (or is "*"); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/**
 * Answers a GET: refused past the rate limit, 404 when `produce` gives
 * null, 400 on a bad query, else the body with its ETag (or 304).
 */
export async function openDataResponse(request: Request, produce: () => Promise<OpenDataBody | null>): Promise<Response> {
  const address = (await getRequestIp()) || 'unknown';
  const limit = await consumeLimit(OPEN_DATA_LIMIT, address);
  const policy = { 'RateLimit-Policy': `${OPEN_DATA_LIMIT.points};w=${OPEN_DATA_LIMIT.durationSeconds}` };
  if (!limit.ok) {
    return json(429, { error: 'Too many requests: please wait and try again.' }, { 'Retry-After': String(limit.retryAfterSeconds), ...policy });
  }
  let result: OpenDataBody | null;
  try {
    result = await produce();
  } catch (error) {
    if (error instanceof BadRequest) return json(400, { error: error.message }, policy);
    throw error;
  }
  if (!result) return json(404, { error: 'Not found' }, policy);
  const etag = etagOf(result.body);
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': OPEN_DATA_CACHE_CONTROL, Vary: 'Accept-Encoding', ...CORS, ...policy };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  headers['Content-Type'] = result.contentType;
  if (result.fileName) headers['Content-Disposition'] = `attachment; filename="${result.fileName}"`;
  return new Response(result.body as BodyInit, { status: 200, headers });
}

/** A JSON value as an open-data body. */
export const jsonBody = (value: unknown): OpenDataBody => ({ body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' });
