// The one answer every page gets while the database is away (proxy.ts,
// lib/db-outage.ts): 503 with Retry-After, a plain page that needs nothing
// else from the server (no scripts, no stylesheet, no stack trace), and the
// numbers that matter when the directory cannot help: the clearinghouse and
// the crisis lines the site footer gives.
import { RETRY_AFTER_SECONDS } from './db-outage.ts';
import { env } from './env.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function unavailableHtml(site: { name: string; phone: string }): string {
  const name = escape(site.name);
  const phone = escape(site.phone);
  const tel = escape(site.phone.replace(/[^0-9+]/g, ''));
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Temporarily unavailable – ${name}</title></head>
<body>
<main>
<h1>The directory is temporarily unavailable</h1>
<p>We cannot look up groups right now. Nothing is wrong on your side: please try again in a minute. Anything you sent before this page appeared was either received whole or not at all; sending it again will not send it twice.</p>
<p>To find a group by phone, call us at <a href="tel:${tel}">${phone}</a>.</p>
<p>A self-help group is not crisis care. If you are in danger call <a href="tel:911">911</a>. To talk to someone about suicide, call or text <a href="tel:988">9-8-8</a>, any time.</p>
</main>
</body>
</html>
`;
}

export function temporarilyUnavailable(): Response {
  const e = env();
  return new Response(unavailableHtml({ name: e.SITE_NAME, phone: e.CLEARINGHOUSE_PHONE }), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  });
}
