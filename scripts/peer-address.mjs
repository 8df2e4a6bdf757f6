// Loaded into every server process (`node --import`, scripts/lib/build.ts
// serverArgs): writes the TCP peer of each request into a header of our own,
// overwriting whatever a client sent under that name. Next keeps a client's
// X-Forwarded-For exactly as sent (it fills it in only when absent), so
// without this nothing after it can tell a proxy's report from a forged
// one; lib/abuse/client-address.ts reads this header and decides which
// forwarding headers to believe (docs/decisions/023-client-address.md).
// Plain JavaScript: it runs inside `next start`, where no loader is present.
import http from 'node:http';

const PEER_HEADER = 'x-selfhelp-peer';
const createServer = http.createServer;

http.createServer = function createServerRecordingPeer(...args) {
  const server = createServer.apply(this, args);
  server.prependListener('request', (req) => {
    req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? '';
  });
  return server;
};

// Tells the app the header is ours: without this module loaded, a header of
// that name could only have come from the client.
process.env.SELFHELP_PEER_HEADER = PEER_HEADER;
