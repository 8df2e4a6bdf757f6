// Referral mail over real SMTP: a local smtp-server receives what the
// worker sends, is taken down to prove messages wait, and comes back.
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { deliverOutboxMessage } from '../../lib/mail/index.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { enqueueMail } from '../../lib/mail/outbox-data.ts';
import { listOutbox } from '../../lib/mail/outbox-list-data.ts';
import { startWorkers, stopWorkers, sweepOutbox } from '../../lib/jobs/worker.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const limits = { perIp: { name: 'm-ip', points: 1000, durationSeconds: 60 }, perEmail: { name: 'm-email', points: 1000, durationSeconds: 60 } };
let received: ParsedMail[] = [];
const servers: LocalSmtp[] = [];

async function startSmtp(port: number) {
  servers.push(await startLocalSmtp(port, received));
}

async function refer(overrides = {}) {
  const { outcome } = await submitReferral(toFormData(referralFields({ clientName: 'Tamsin', clientPhone: '613-555-0123', ...overrides })), { ip: '198.51.100.9', limits });
  if (outcome.kind !== 'sent' || !outcome.statusToken) throw new Error(`expected a new referral, got ${outcome.kind}`);
  const referral = await db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true, referrerEmail: true } });
  const mail = await db.outboxMessage.findMany({ where: { subject: { contains: outcome.reference } }, select: { id: true, kind: true }, orderBy: { kind: 'asc' } });
  return { ...referral, reference: outcome.reference, token: outcome.statusToken, mail };
}

async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'harbour-hope', name: 'Harbour Hope Peer Support' }));
});
afterEach(async () => {
  await stopWorkers();
  closeTransports();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  received = [];
});
afterAll(closeRateLimitPools);

describe('referral mail', () => {
  it('both messages arrive: the referrer gets the reference and status link, intake gets a console link and no client details', async () => {
    const port = await freePort();
    await startSmtp(port);
    const r = await refer({ groupSlug: 'harbour-hope' });
    for (const m of r.mail) expect((await deliverOutboxMessage(m.id, { smtpUrl: `smtp://127.0.0.1:${port}` })).outcome).toBe('sent');
    expect(received).toHaveLength(2);
    const intake = received.find((m) => m.subject === `New referral ${r.reference}`);
    const mine = received.find((m) => m.subject === `We received your referral ${r.reference}`);
    expect(intake?.to && 'text' in intake.to ? intake.to.text : '').toBe('intake@example.org');
    expect(intake?.text).toContain(`http://localhost:3000/staff/referrals/${r.id}`);
    expect(intake?.text).toContain('Harbour Hope Peer Support');
    expect(intake?.text).toMatch(/Open the console to see the client's details/);
    expect(mine?.to && 'text' in mine.to ? mine.to.text : '').toBe(r.referrerEmail);
    expect(mine?.text).toContain(`http://localhost:3000/referrals/status/${r.token}`);
    expect(mine?.from?.text).toContain('no-reply@localhost');
    for (const m of received) {
      expect(m.text).not.toMatch(/Tamsin|613-555-0123|walker|bereaved/);
      expect(m.headers.get('auto-submitted')).toBe('auto-generated');
    }
    const rows = await db.outboxMessage.findMany({ where: { id: { in: r.mail.map((m) => m.id) } }, select: { sentAt: true, attempts: true, lastError: true } });
    for (const row of rows) expect(row).toMatchObject({ sentAt: expect.any(Date), attempts: 1, lastError: null });
    // Delivered once only, however often the job runs.
    expect((await deliverOutboxMessage(r.mail[0]?.id ?? '', { smtpUrl: `smtp://127.0.0.1:${port}` })).outcome).toBe('already-sent');
    expect(received).toHaveLength(2);
  });

  it('with the SMTP server down a message waits, counting attempts, and is delivered once it is back', async () => {
    const port = await freePort();
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    const r = await refer();
    const id = r.mail[0]?.id ?? '';
    expect(await deliverOutboxMessage(id, { smtpUrl })).toMatchObject({ outcome: 'failed' });
    expect(await deliverOutboxMessage(id, { smtpUrl })).toMatchObject({ outcome: 'failed' });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { sentAt: true, attempts: true, lastError: true } })).toMatchObject({
      sentAt: null,
      attempts: 2,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    await startSmtp(port);
    expect((await deliverOutboxMessage(id, { smtpUrl })).outcome).toBe('sent');
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { sentAt: true, attempts: true, lastError: true } })).toMatchObject({ sentAt: expect.any(Date), attempts: 3, lastError: null });
    expect(received).toHaveLength(1);
  });

  it('the pg-boss worker retries with backoff until the server is up, and the sweep re-queues what was never queued', async () => {
    const port = await freePort();
    await startWorkers({ smtpUrl: `smtp://127.0.0.1:${port}`, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5 });
    const r = await refer();
    const ids = r.mail.map((m) => m.id);
    await until(async () => (await db.outboxMessage.count({ where: { id: { in: ids }, attempts: { gte: 1 }, sentAt: null } })) === 2, 'failed first attempts');
    await startSmtp(port);
    await until(async () => (await db.outboxMessage.count({ where: { id: { in: ids }, sentAt: { not: null } } })) === 2, 'delivery after retry');
    expect(received.map((m) => m.subject).sort()).toEqual([`New referral ${r.reference}`, `We received your referral ${r.reference}`]);

    // A message whose job was never sent (say the app stopped right after commit).
    const strandedId = await db.$transaction((tx) => enqueueMail(tx, { to: 'someone@example.org', subject: 'Stranded', text: 'Hello', kind: 'test' }));
    await db.outboxMessage.update({ where: { id: strandedId }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
    expect(await sweepOutbox()).toBe(1);
    await until(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: strandedId }, select: { sentAt: true } })).sentAt !== null, 'swept delivery');
  });

  it('without SMTP_URL messages stay in the outbox, recorded as kept (not sent), for staff to read', async () => {
    const r = await refer();
    for (const m of r.mail) expect((await deliverOutboxMessage(m.id, { smtpUrl: null })).outcome).toBe('kept');
    const page = await listOutbox({ page: 1 });
    const mine = page.items.filter((i) => i.subject.includes(r.reference));
    expect(mine).toHaveLength(2);
    for (const m of mine) expect(m).toMatchObject({ sentAt: null, keptAt: expect.any(Date), state: 'kept', lastError: null, attempts: 0 });
    expect(page.items[0]?.createdAt.getTime()).toBeGreaterThanOrEqual(page.items.at(-1)?.createdAt.getTime() ?? 0);
    expect(await listOutbox({ page: 999 })).toMatchObject({ page: page.pageCount });
  });
});
