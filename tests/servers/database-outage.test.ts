// PostgreSQL stops in the middle of a load on a production server (the
// build `npm start` serves, on a PostgreSQL of this file's own). While it is
// away every page fails fast with one plain "temporarily unavailable" page,
// health says the database is down and the process stays up; once it is
// back the same process serves again, and no referral is half written.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeparatePostgres, type SeparatePostgres } from '../support/separate-postgres.ts';
import { startProductionServer, siteSecrets, type ProductionServer } from '../support/production-server.ts';
import { postReferral, referralFormFields, type ReferralAnswer } from '../support/referral-http.ts';
import { referralFields } from '../support/referral-form.ts';
import { addGroups, partialReferralWrites, query } from '../support/directory-fixtures.ts';

let pg: SeparatePostgres;
let server: ProductionServer;
let slugs: string[] = [];

beforeAll(async () => {
  pg = await startSeparatePostgres();
  slugs = await addGroups(pg.ownerUrl, 3);
  server = await startProductionServer({ databaseUrl: pg.appUrl, env: { ...siteSecrets(), TRUSTED_PROXIES: '127.0.0.1' } });
});
afterAll(async () => {
  await server?.stop();
  await pg?.destroy();
});

type Seen = { at: number; path: string; status: number; ms: number; retryAfter: string | null; body: string };
// A stack frame, a source file, or the names a database error would carry.
const STACK_TRACE = /\n\s+at |\bat [\w.<>]+ \(|\.tsx?:\d+|\.js:\d+:\d+|Prisma|ECONNREFUSED|57P01|pg_|selfhelp_app/;

describe('when PostgreSQL stops under load', () => {
  it('pages fail fast with a plain 503, health reports the database down, and the same process serves again soon after it returns, with no half-written referral', async () => {
    const base = server.url;
    const hidden = await referralFormFields(base);
    const pages = ['/', '/groups?q=grief', `/groups/${slugs[0]}`, '/topics'];
    const seen: Seen[] = [];
    const referrals: { key: string; fields: ReturnType<typeof referralFields>; answer: ReferralAnswer }[] = [];
    let running = true;
    let n = 0;
    const client = async (id: number) => {
      while (running) {
        const i = n++;
        if (id === 0) {
          // One connection keeps sending referrals, each from a client of its own.
          const fields = referralFields({ referrerEmail: `outage.${i}@clinic.example` });
          const answer = await postReferral(base, hidden, fields, { forwardedFor: `198.51.100.${i % 250}` });
          referrals.push({ key: String(fields.idempotencyKey), fields, answer });
          continue;
        }
        const path = pages[i % pages.length] ?? '/';
        const started = Date.now();
        const res = await fetch(base + path).catch(() => null);
        const body = res ? await res.text() : '';
        seen.push({ at: started, path, status: res?.status ?? 0, ms: Date.now() - started, retryAfter: res?.headers.get('retry-after') ?? null, body });
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));
    const until = async (check: () => Promise<boolean>, what: string) => {
      for (const end = Date.now() + 60_000; !(await check()); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > end) throw new Error(`gave up waiting for ${what}\n${server.output().slice(-3000)}`);
      }
    };

    try {
      await until(async () => seen.filter((s) => s.status === 200).length >= 8 && referrals.length >= 2, 'some pages and referrals served');
      await pg.stop();
      // The outage counts from when PostgreSQL has exited: a page asked for
      // while it was shutting down may still have been read and served.
      const stoppedAt = Date.now();

      await until(async () => seen.some((s) => s.at > stoppedAt && s.status === 503), 'the first "temporarily unavailable" answer');
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'down' });
      // Keep the load on a while longer with the database gone.
      const outageSeen = seen.length;
      await until(async () => seen.length >= outageSeen + 40, 'more answers during the outage');
      expect(server.child.exitCode, 'the server process is still running').toBeNull();

      const starting = Date.now();
      await pg.start();
      const back = Date.now();
      // When the first search sent after the database returned was sent that
      // was answered with results (its own rendering time is not counted: on
      // a busy machine that is the CPU, not the outage).
      let sentAt = 0;
      await until(async () => {
        sentAt = Date.now();
        return (await fetch(`${base}/groups?q=grief`)).status === 200;
      }, 'pages served again');
      const recoveryMs = sentAt - back;
      console.log(`[outage] a search sent ${recoveryMs} ms after PostgreSQL accepted connections was served (answered ${Date.now() - back} ms after)`);
      // The bound: within 5 s of the database returning, without a restart.
      expect(recoveryMs).toBeLessThan(5_000);
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      await until(async () => seen.filter((s) => s.at > back && s.status === 200).length >= 8, 'the load served again');
      running = false;
      await load;

      // Asked for after it had stopped and answered before it was started
      // again (an answer while it starts may already be served).
      const during = seen.filter((s) => s.at > stoppedAt && s.at + s.ms < starting);
      const unavailable = during.filter((s) => s.status === 503);
      const slowest = Math.max(...unavailable.map((s) => s.ms));
      console.log(`[outage] ${during.length} page answers while the database was away: ${unavailable.length} × 503 (slowest ${slowest} ms), others ${JSON.stringify(during.filter((s) => s.status !== 503).map((s) => s.status))}`);
      // Every page answered while the database was away is the plain page
      // (the requests already inside a render when it stopped may end in the
      // site's own error page); none shows a stack trace or an internal name.
      for (const s of during) {
        expect([503, 500], `${s.path}: ${s.status}`).toContain(s.status);
        expect(STACK_TRACE.exec(s.body)?.[0] ?? null, `${s.path} shows what went wrong inside`).toBeNull();
      }
      expect(unavailable.length).toBeGreaterThan(during.length / 2);
      for (const s of unavailable) {
        expect(s.retryAfter, s.path).toMatch(/^\d+$/);
        expect(s.body).toContain('The directory is temporarily unavailable');
        expect(s.body).not.toContain('<script');
      }
      expect(server.output()).toContain('Ready');
      expect(server.output(), 'the server was not restarted').not.toMatch(/Ready[\s\S]*Ready/);
    } finally {
      running = false;
      await load;
    }

    // No half-written referral, and every form that was answered "sent" is stored.
    expect(await partialReferralWrites(pg.ownerUrl)).toMatchObject({ noEvent: 0, notOneIntake: 0, orphanIntake: 0 });
    const stored = await query<{ idempotencyKey: string }>(pg.ownerUrl, `SELECT "idempotencyKey" FROM "Referral"`);
    const keys = new Set(stored.map((r) => r.idempotencyKey));
    for (const r of referrals.filter((r) => r.answer.kind === 'stored')) expect(keys.has(r.key)).toBe(true);
    // A form the outage interrupted, sent again with the same key, is told whether it had arrived.
    const interrupted = referrals.filter((r) => r.answer.kind === 'not-stored' || r.answer.kind === 'no-answer');
    expect(interrupted.length, 'some referrals were sent while the database was away').toBeGreaterThan(0);
    for (const r of interrupted) {
      const again = await postReferral(base, hidden, r.fields, { forwardedFor: `203.0.113.${crypto.randomInt(250)}` });
      expect(again.kind).toBe(keys.has(r.key) ? 'stored-before' : 'stored');
    }
    const [count] = await query<{ n: number; distinct: number }>(pg.ownerUrl, `SELECT count(*)::int AS n, count(DISTINCT "idempotencyKey")::int AS distinct FROM "Referral"`);
    expect(count?.n).toBe(count?.distinct);
  });
});
