// A bare HTTP server that answers each request with the address the app's
// rules give it (lib/abuse/client-address.ts), for tests that send real
// requests over a socket. Started with the same peer-recording module as the
// production server: node --import tsx --import scripts/peer-address.mjs …
import http from 'node:http';
import { clientAddress, clientLimitKey } from '../../lib/abuse/client-address.ts';

const server = http.createServer((req, res) => {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') h.set(k, v);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ address: clientAddress(h), limitKey: clientLimitKey(h) }));
});
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  if (addr && typeof addr === 'object') process.stdout.write(`listening ${addr.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
