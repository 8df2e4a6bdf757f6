// Load over HTTP with autocannon: a fixed number of connections, each sending
// its next request as soon as the last one is answered, the way a browser
// asks (gzip accepted). autocannon's own summary has no p95, so every
// response time is kept and summarised here.
import autocannon from 'autocannon';
import { summarize } from './stats.ts';

export const CONNECTIONS = 10;

export async function loadTest(url: string, seconds: number, connections = CONNECTIONS) {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${url}: ${result.non2xx} answers that were not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { ...summarize(times), rps: times.length / seconds };
}
