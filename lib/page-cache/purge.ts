import 'server-only';
// Posts a purge to the shared cache's hook (PAGE_PURGE_URL): JSON
// { tags, paths }. A CDN's own purge API takes one of the two (Cloudflare:
// tags or files; Fastly: surrogate keys), so the hook is a small adapter the
// operator points at it, or a reverse proxy that purges by path
// (docs/deploy.md, decision 035).
import { env } from '../env.ts';
import { sendPendingPurges, type PurgeRequest } from './purge-data.ts';

/** Long enough for a CDN's API; a hung hook must not hold the job (and its rows' lock) for long. */
const PURGE_TIMEOUT_MS = 10_000;

async function postPurge(url: string, token: string | undefined, body: PurgeRequest): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    redirect: 'error',
  });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`the purge hook answered ${res.status}`);
}

/** Sends what is waiting, when a hook is set; returns how many changes were sent. */
export async function purgeStalePages(): Promise<number> {
  const { PAGE_PURGE_URL: url, PAGE_PURGE_TOKEN: token } = env();
  if (!url) return 0;
  const { sent } = await sendPendingPurges((p) => postPurge(url, token, p));
  return sent;
}
