// The running app connects as a role of its own that may read and write the
// app's rows, its jobs and its rate-limit counts, and nothing more: no
// changes to tables, no superuser (docs/decisions/026-keys-and-database-roles.md).
// The integration tests' DATABASE_URL is that role, as `npm start` hands it to the app.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { startWorkers, stopWorkers } from '../../lib/jobs/worker.ts';
import { jobs, QUEUES } from '../../lib/jobs/queue.ts';
import { closeRateLimitPools, consumeLimit } from '../../lib/abuse/index.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

afterAll(async () => {
  await stopWorkers();
  await closeRateLimitPools();
});

async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the app's database role", () => {
  it('is not a superuser and may not create roles or databases', async () => {
    const [me] = await db.$queryRaw<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean; owner: boolean }[]>`
      SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
             EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owner
      FROM pg_roles WHERE rolname = current_user`;
    expect(me).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owner: false });
  });

  it.each([
    ['creates a table', 'CREATE TABLE intruder (id int)'],
    ['drops a table', 'DROP TABLE "Referral"'],
    ['adds a column', 'ALTER TABLE "Referral" ADD COLUMN intruder text'],
    ['renames a table', 'ALTER TABLE rate_limits RENAME TO rate_limits_away'],
    ["drops pg-boss's job table", 'DROP TABLE pgboss.job'],
    ['creates a schema', 'CREATE SCHEMA intruder'],
    ['empties a table at once', 'TRUNCATE "AuditLog"'],
    ['rewrites the migration history', `DELETE FROM "_prisma_migrations"`],
    ['creates a function', 'CREATE FUNCTION intruder() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql'],
  ])('is refused when it %s', async (_what, sql) => {
    await expect(db.$executeRawUnsafe(sql)).rejects.toThrow(/permission denied|must be owner/);
  });

  it('sends a referral (rows, outbox, rate-limit counts), runs a pg-boss job and counts a limit to its end', async () => {
    await createTopics(db);
    await createGroup(db, buildGroup({ slug: 'lakeside-peer-circle', name: 'Lakeside Peer Circle' }));
    await startWorkers({ smtpUrl: null, pollingIntervalSeconds: 0.5 });

    const limits = { perIp: { name: 'r-ip', points: 100, durationSeconds: 60 }, perEmail: { name: 'r-email', points: 100, durationSeconds: 60 } };
    const { outcome } = await submitReferral(toFormData(referralFields({ groupSlug: 'lakeside-peer-circle' })), { ip: '198.51.100.41', limits });
    expect(outcome.kind).toBe('sent');
    const reference = outcome.kind === 'sent' ? outcome.reference : '';
    // The worker's mail-deliver jobs (pg-boss) mark both messages delivered (no SMTP: kept in the outbox).
    await until(async () => (await db.outboxMessage.count({ where: { subject: { contains: reference }, keptAt: { not: null } } })) === 2, 'both messages delivered');

    const sent = await jobs.boss?.send(QUEUES.sweepMail, {});
    expect(sent).toBeTruthy();

    const rule = { name: 'role-check', points: 2, durationSeconds: 60 };
    expect(await consumeLimit(rule, 'someone@example.org')).toEqual({ ok: true });
    expect(await consumeLimit(rule, 'someone@example.org')).toEqual({ ok: true });
    const third = await consumeLimit(rule, 'someone@example.org');
    expect(third.ok).toBe(false);
    expect(third).not.toHaveProperty('unavailable');
  });
});
