// Two instances of the directory (two production servers on different
// ports, as behind a load balancer) against one PostgreSQL, started the way
// docs/deploy.md says: the same secrets, the app's own role, nothing else
// shared. Everything that must be shared lives in the database: a referral
// made on one is in the staff console of the other, a staff session works on
// both and ends on both, a rate limit counts across both, and each scheduled
// job runs once per occurrence however many instances schedule it.
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeparatePostgres, type SeparatePostgres } from '../support/separate-postgres.ts';
import { startProductionServer, siteSecrets, type ProductionServer } from '../support/production-server.ts';
import { postReferral, referralFormFields } from '../support/referral-http.ts';
import { referralFields } from '../support/referral-form.ts';
import { addGroups, query } from '../support/directory-fixtures.ts';
import { createPrismaClient } from '../../lib/db-client.ts';
import { createStaffUser } from '../../prisma/seed/factories.ts';

let pg: SeparatePostgres;
let a: ProductionServer;
let b: ProductionServer;
const secrets = siteSecrets();
let staffId = '';

beforeAll(async () => {
  pg = await startSeparatePostgres();
  await addGroups(pg.ownerUrl, 1);
  const { prisma, pool } = createPrismaClient(pg.ownerUrl, { max: 1, connectTimeoutMs: 10_000, idleTimeoutMs: 10_000, statementTimeoutMs: 60_000 });
  try {
    const user = await createStaffUser(prisma, { email: 'intake-lead@clearinghouse.example', name: 'Intake Lead', role: 'ADMIN', password: 'a long harbour evening walk', referralAccess: true });
    // Two-factor is on (the console requires it for referral access); this test does not sign in through it.
    await prisma.staffUser.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
    staffId = user.id;
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
  const env = { ...secrets, TRUSTED_PROXIES: '127.0.0.1' };
  [a, b] = await Promise.all([startProductionServer({ databaseUrl: pg.appUrl, env }), startProductionServer({ databaseUrl: pg.appUrl, env })]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pg?.destroy();
});

/** The staff session cookie Auth.js gives at sign-in, sealed with the site's shared AUTH_SECRET. */
async function staffCookie(): Promise<string> {
  const [row] = await query<{ sessionVersion: number }>(pg.ownerUrl, `SELECT "sessionVersion" FROM "StaffUser" WHERE id = $1`, [staffId]);
  const now = Date.now();
  const name = 'authjs.session-token';
  const token = await encode({ salt: name, secret: secrets.AUTH_SECRET, token: { sub: staffId, uid: staffId, sv: row?.sessionVersion ?? 0, authAt: now, seenAt: now, lastSeenAt: now } });
  return `${name}=${token}`;
}

const inbox = async (server: ProductionServer, cookie: string) => {
  const res = await fetch(`${server.url}/staff/referrals`, { headers: { cookie }, redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') ?? '', html: await res.text() };
};

describe('two instances against one database', () => {
  it('a referral made on one is in the staff console of the other, and a staff session works and ends on both', async () => {
    const answer = await postReferral(a.url, await referralFormFields(a.url), referralFields(), { forwardedFor: '198.51.100.20' });
    expect(answer.kind).toBe('stored');
    const reference = 'reference' in answer ? answer.reference : '';
    const cookie = await staffCookie();
    for (const server of [b, a]) {
      const page = await inbox(server, cookie);
      expect(page.status, server.url).toBe(200);
      expect(page.html).toContain(reference);
    }
    // "Sign out everywhere" is a number in the database: both instances see it.
    await query(pg.ownerUrl, `UPDATE "StaffUser" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [staffId]);
    for (const server of [a, b]) {
      const page = await inbox(server, cookie);
      expect(page.html, server.url).not.toContain(reference);
      expect(`${page.status} ${page.location}`, server.url).toMatch(/^30\d .*\/staff\/sign-in/);
    }
  });

  it('the referral form limit per client address counts sends to both instances together', async () => {
    const answers = [];
    // The limit is 5 in 10 minutes per address (lib/abuse/rate-limit.ts); alternate between the two.
    for (let i = 0; i < 6; i++) {
      const server = i % 2 === 0 ? a : b;
      answers.push(await postReferral(server.url, await referralFormFields(server.url), referralFields(), { forwardedFor: '198.51.100.77' }));
    }
    expect(answers.slice(0, 5).map((x) => x.kind)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored']);
    const sixth = answers[5];
    expect(sixth?.kind).toBe('not-stored');
    expect(sixth && 'text' in sixth ? sixth.text : '').toContain('Too many referrals have been sent from here');
  });

  it('each scheduled job has one schedule and runs once per occurrence, though both instances schedule it', { timeout: 180_000 }, async () => {
    const schedules = await query<{ name: string; n: number }>(pg.ownerUrl, `SELECT name, count(*)::int AS n FROM pgboss.schedule GROUP BY name ORDER BY name`);
    expect(schedules).toEqual(['login-attempts-rollup', 'mail-purge', 'mail-sweep', 'next-meetings', 'page-purge', 'referral-retention'].map((name) => ({ name, n: 1 })));
    // The every-minute job. Both instances' cron monitors file each
    // occurrence under one singleton key and slot; only one filing survives.
    const occurrences = () =>
      query<{ slot: string; n: number }>(
        pg.ownerUrl,
        `SELECT singleton_on::text AS slot, count(*)::int AS n FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key LIKE 'next-meetings\\_\\_%' GROUP BY 1 ORDER BY 1`,
      );
    // Runs and sent occurrences are read in one statement, so a new minute
    // filed between two reads cannot make them disagree: each sent occurrence
    // has made its run by the time its send-it job is completed.
    const tally = async () =>
      (
        await query<{ runs: number; sent: number }>(
          pg.ownerUrl,
          `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name = 'next-meetings') AS runs,
                  (SELECT count(*)::int FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key LIKE 'next-meetings\\_\\_%' AND state = 'completed') AS sent`,
        )
      )[0] ?? { runs: 0, sent: 0 };
    const until = async (check: () => Promise<boolean>, what: string) => {
      for (const end = Date.now() + 120_000; !(await check()); await new Promise((r) => setTimeout(r, 1_000))) {
        if (Date.now() > end) throw new Error(`gave up waiting for ${what}: ${JSON.stringify({ occurrences: await occurrences(), ...(await tally()) })}`);
      }
    };
    await until(async () => (await occurrences()).length >= 1, 'a scheduled occurrence of next-meetings');
    for (const o of await occurrences()) expect(o.n, o.slot).toBe(1);
    // Each instance also runs it once at start-up; beyond that, one run per
    // sent occurrence. Two runs for one occurrence would never settle here.
    await until(async () => {
      const { runs, sent } = await tally();
      return sent >= 1 && runs === 2 + sent;
    }, 'one run per sent occurrence');
    for (const o of await occurrences()) expect(o.n, o.slot).toBe(1);
  });
});
