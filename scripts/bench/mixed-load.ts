// npm run bench:load [-- --seconds 10 --connections 4 --database-url URL]
// The production build under a mix of traffic at once, as `npm start` serves
// it (one process per core): search pages (a handful of different searches),
// group pages and referral forms (each a new referral from a client address
// of its own, as a browser without JavaScript posts it, through a trusted
// proxy). Prints, per kind, throughput and latency percentiles, and answers
// that were not 2xx. On a throwaway embedded database with the seeded
// directory unless --database-url names one (the app's tables must exist).
// docs/decisions/036-several-instances-and-faults.md.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureBuild, serverArgs } from '../lib/build.ts';
import { freePort, startEmbeddedDb, tempDataDir } from '../lib/embedded-db.ts';
import { prepareDatabase } from '../lib/prepare-db.ts';
import { root } from '../lib/schema-engine.ts';
import { ms, summarize } from './stats.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(arg('seconds', '10'));
const connections = Number(arg('connections', '4'));
const log = (s: string) => console.log(`[bench:load] ${s}`);

ensureBuild({ log });
const own = process.argv.includes('--database-url') ? null : await startEmbeddedDb({ dataDir: tempDataDir('selfhelp-load'), database: 'selfhelp', persistent: false });
const databaseUrl = own?.url ?? arg('database-url', '');
if (own) {
  log('seeding a throwaway database…');
  await prepareDatabase(databaseUrl, { seed: true });
}
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const slugs = (await client.query<{ slug: string }>(`SELECT slug FROM "Group" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 20`)).rows.map((r) => r.slug);
await client.end();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, serverArgs(port), {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    SITE_URL: base,
    TRUSTED_PROXIES: '127.0.0.1',
    AUTH_SECRET: crypto.randomBytes(33).toString('base64'),
    REFERRAL_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
  },
});
const stop = async () => {
  if (server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await own?.stop();
};

try {
  for (let i = 0; (await fetch(`${base}/api/health`).catch(() => null))?.status !== 200; i++) {
    if (i > 240) throw new Error('the server did not become healthy');
    await new Promise((r) => setTimeout(r, 250));
  }
  // The referral form's own server-action fields, then a multipart body per request.
  const html = await (await fetch(`${base}/refer`)).text();
  const form = html.slice(html.indexOf('<form id="referral-form"'), html.indexOf('</form>', html.indexOf('<form id="referral-form"')));
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const hidden = [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [decode(m[1] ?? ''), decode(m[2] ?? '')] as const);
  // Bodies made before the clock starts (as a browser encodes a form), one new referral each.
  const bodies = await Promise.all(
    Array.from({ length: Math.max(500, seconds * connections * 30) }, async (_, i) => {
      const fd = new FormData();
      for (const [k, v] of hidden) fd.append(k, v);
      const fields: [string, string][] = [
        ['idempotencyKey', crypto.randomUUID()],
        ['referrerName', 'Referring Worker'],
        ['referrerRole', 'Social worker'],
        ['referrerOrganisation', 'Lakeshore Family Health Team'],
        ['referrerEmail', `bench.${i}.${crypto.randomBytes(3).toString('hex')}@clinic.example`],
        ['referrerPhone', '416-555-0142'],
        ['clientName', 'Sam'],
        ['clientContactMethod', 'PHONE'],
        ['clientPhone', '416-555-0188'],
        ['readiness', 'wants-self-help'],
        ['consent', 'on'],
      ];
      for (const [k, v] of fields) fd.append(k, v);
      const encoded = new Response(fd);
      return { body: await encoded.text(), type: encoded.headers.get('content-type') ?? '' };
    }),
  );
  let n = 0;
  // autocannon's own request (its host and port among it) with this form's body and headers.
  const referral = (req: { headers?: Record<string, string> }) => {
    const i = n++;
    const { body, type } = bodies[i % bodies.length] ?? { body: '', type: '' };
    const headers = { ...req.headers, 'content-type': type, origin: base, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
    return { ...req, method: 'POST', path: '/refer', body, headers };
  };
  const searches = ['grief', 'alcohol', 'caregivers', 'anxiety', 'parents', 'cancer'].map((q) => ({ path: `/groups?q=${q}` }));
  const kinds = {
    search: [...searches],
    group: slugs.map((slug) => ({ path: `/groups/${slug}` })),
    referral: [{ method: 'POST', path: '/refer', setupRequest: referral }],
  };
  log(`${seconds} s, ${connections} connections per kind, all kinds at once, against ${serverArgs(port).includes('--processes') ? 'the cluster' : 'one next start'}`);
  const results = await Promise.all(
    Object.entries(kinds).map(async ([kind, requests]) => {
      const times: number[] = [];
      const statuses: Record<number, number> = {};
      const instance = autocannon({ url: base, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' }, requests });
      instance.on('response', (_c, status, _b, t) => {
        times.push(t);
        statuses[status] = (statuses[status] ?? 0) + 1;
      });
      const r = await instance;
      return { kind, ...summarize(times), rps: times.length / seconds, statuses, errors: r.errors + r.timeouts };
    }),
  );
  console.log('\nkind       requests   per s    p50 ms   p95 ms   p99 ms   answers');
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const stored = (await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Referral" WHERE "referrerEmail" LIKE 'bench.%'`)).rows[0]?.n ?? 0;
  await check.end();
  for (const r of results) console.log(`${r.kind.padEnd(10)} ${String(r.n).padStart(8)} ${r.rps.toFixed(1).padStart(7)} ${ms(r.p50)}  ${ms(r.p95)}  ${ms(r.p99)}   ${JSON.stringify(r.statuses)}${r.errors ? `, ${r.errors} errors` : ''}`);
  // A 200 can also be the form refused; the database says how many were stored.
  console.log(`referrals stored: ${stored} (answered within the run: ${results.find((r) => r.kind === 'referral')?.n ?? 0}; forms in flight at the end are stored too)`);
} finally {
  await stop();
}
