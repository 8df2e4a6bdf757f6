// Sends a page as one gzip-compressed write instead of a stream of small
// ones. Next streams every page in many chunks and, with its own
// compression on, flushes the gzip stream after each: a round trip to the
// zlib thread pool and a system call per chunk. Our pages are rendered whole
// before the first byte (no Suspense boundaries), so streaming buys nothing
// and the per-chunk cost was a fifth of the server's CPU per results page
// (docs/decisions/012-production-server.md). Anything that is not a
// compressible 2xx body, or grows past LIMIT, passes through unchanged.
import zlib from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|javascript|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/i;
/** Bodies larger than this stream through uncompressed rather than sit in memory. */
export const LIMIT = 4 * 1024 * 1024;
/** zlib level 3: a results page in a third of the time level 6 takes, about 13% larger. */
const LEVEL = 3;
/** Smaller bodies are not worth compressing. */
export const THRESHOLD = 1024;

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function wholeResponse(req, res) {
  const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  /** @type {unknown[] | null} */
  let head = null; // arguments of a deferred writeHead
  /** @type {Buffer[] | null} */
  let chunks = null; // set while buffering
  let size = 0;
  let decided = false;

  const restore = () => Object.assign(res, original);
  const sendHead = () => {
    if (head) original.writeHead.apply(res, head);
    head = null;
  };
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);

  const statusCode = () => (head && typeof head[0] === 'number' ? head[0] : res.statusCode);
  const headerOf = (name) => {
    const given = head?.find((a) => a && typeof a === 'object' && !Array.isArray(a));
    if (given) for (const [k, v] of Object.entries(given)) if (k.toLowerCase() === name) return v;
    return res.getHeader(name);
  };
  const decide = () => {
    decided = true;
    const status = statusCode();
    const buffer =
      // Raw header lists (arrays) are left alone rather than rewritten.
      !head?.some((a) => Array.isArray(a)) &&
      req.method !== 'HEAD' && status >= 200 && status < 300 && status !== 204 && COMPRESSIBLE.test(String(headerOf('content-type') ?? '')) && !headerOf('content-encoding');
    if (buffer) chunks = [];
    else {
      restore();
      sendHead();
    }
  };
  // Past the limit: send what was held, uncompressed, and stream the rest.
  const giveUp = () => {
    const held = chunks ?? [];
    chunks = null;
    restore();
    sendHead();
    for (const c of held) original.write.call(res, c);
  };

  res.writeHead = function (...args) {
    head = args;
    return res;
  };
  // Headers go out with the body; Next flushes them early only for streaming.
  res.flushHeaders = function () {};
  res.write = function (chunk, encoding, callback) {
    if (!decided) decide();
    if (!chunks) return res.write(chunk, encoding, callback);
    const buf = toBuffer(chunk, encoding);
    chunks.push(buf);
    size += buf.length;
    const done = typeof encoding === 'function' ? encoding : callback;
    if (size > LIMIT) giveUp();
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (!decided) decide();
    if (!chunks) return res.end(chunk, encoding, callback);
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    let body = Buffer.concat(chunks);
    chunks = null;
    restore();
    // Caches must keep the compressed and the plain answer apart.
    const vary = String(res.getHeader('vary') ?? '');
    if (!/accept-encoding|\*/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (acceptsGzip && body.length >= THRESHOLD) {
      body = zlib.gzipSync(body, { level: LEVEL });
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.removeHeader('Transfer-Encoding');
    res.setHeader('Content-Length', body.length);
    // Lengths given to writeHead would override the one just set.
    const given = head?.find((a) => a && typeof a === 'object');
    if (given) for (const k of Object.keys(given)) if (/^(content-length|transfer-encoding)$/i.test(k)) delete given[k];
    sendHead();
    return res.end(body, callback);
  };
}
