// A public page's Cache-Control comes from next.config.ts before the page
// renders. When the render then fails, Next answers 500 with that header
// still on (tests/e2e/headers.spec.ts showed it), and a shared cache would
// keep the error page as the page for a minute, to everyone. So every
// response of this process whose status is 5xx and whose Cache-Control lets
// a shared cache keep it leaves with no-store instead (decision 035).
// Node's own API, not Next's internals: every response's headers go out
// through ServerResponse#writeHead, called directly or by the first write.
import http from 'node:http';

type WriteHead = http.ServerResponse['writeHead'];
const SHARED = /\b(public|s-maxage)\b/i;

/** Replaces a shareable Cache-Control on a response that failed. */
function noStoreOnError(res: http.ServerResponse, statusCode: number, headers: unknown) {
  if (statusCode < 500) return;
  if (SHARED.test(String(res.getHeader('cache-control') ?? ''))) res.setHeader('Cache-Control', 'no-store');
  // Headers handed to writeHead itself win over setHeader's.
  if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
    for (const key of Object.keys(headers)) {
      const h = headers as Record<string, unknown>;
      if (key.toLowerCase() === 'cache-control' && SHARED.test(String(h[key]))) h[key] = 'no-store';
    }
  }
}

const installed = Symbol.for('selfhelp.noStoreOnErrors');

/** Once per process (instrumentation.ts). */
export function neverShareFailedResponses(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [installed]?: true };
  if (proto[installed]) return;
  proto[installed] = true;
  const writeHead = proto.writeHead;
  proto.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    // writeHead(status, headers) or writeHead(status, message, headers).
    noStoreOnError(this, statusCode, typeof rest[0] === 'string' ? rest[1] : rest[0]);
    return (writeHead as (...a: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
  } as WriteHead;
}
