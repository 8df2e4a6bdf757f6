// The mail server goes away while referral mail is waiting to go out: nothing
// is lost, and when it comes back every waiting message is sent once. Real
// SMTP (tests/support/smtp.ts) and the app's own pg-boss worker.
//
// One case no SMTP client can tell apart: the server stops just after
// keeping a message, before its "accepted" reaches the worker. The worker
// records a failure and sends it again when the server is back, with the
// same Message-ID, so the recipient's mail system sees one message
// (lib/mail/deliver.ts). The test counts such messages and allows exactly
// that second copy for each.
import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { startWorkers, stopWorkers } from '../../lib/jobs/worker.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const limits = { perIp: { name: 'mo-ip', points: 1000, durationSeconds: 60 }, perEmail: { name: 'mo-email', points: 1000, durationSeconds: 60 } };
const REFERRALS = 30;

async function until(check: () => Promise<boolean>, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The outbox row a message was sent from, read from its Message-ID. */
function outboxIdOf(m: ParsedMail): string {
  const id = /^<outbox\.([^@>]+)@/.exec(m.messageId ?? '')?.[1];
  if (!id) throw new Error(`a message without an outbox Message-ID: ${m.messageId}`);
  return id;
}

afterAll(async () => {
  await stopWorkers();
  closeTransports();
  await closeRateLimitPools();
});

describe('when the mail server stops while referral mail is queued', () => {
  it('no message is lost, and each arrives exactly once when the server is back', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const received: ParsedMail[] = [];
    // Sessions are cut at once on close, as when the mail server is stopped.
    let smtp: LocalSmtp = await startLocalSmtp(port, received, { closeTimeoutMs: 10 });
    await startWorkers({ smtpUrl: `smtp://127.0.0.1:${port}`, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5 });

    const references: string[] = [];
    const refer = async (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, async (_, n) => {
          const i = from + n;
          const { outcome } = await submitReferral(toFormData(referralFields({ referrerEmail: `outage.${i}@clinic.example` })), { ip: `198.51.100.${i}`, limits });
          if (outcome.kind !== 'sent') throw new Error(`referral ${i} was not taken: ${outcome.kind}`);
          references.push(outcome.reference);
        }),
      );
    await refer(0, REFERRALS / 2);
    await until(async () => received.length > 0, 'the first message delivered');
    // The mail server stops with mail still queued, and more arrives while it is away.
    await smtp.close();
    await refer(REFERRALS / 2, REFERRALS / 2);
    const expected = references.flatMap((r) => [`New referral ${r}`, `We received your referral ${r}`]).sort();
    const unsent = () => db.outboxMessage.count({ where: { sentAt: null } });
    await until(async () => (await db.outboxMessage.count({ where: { sentAt: null, attempts: { gte: 2 } } })) >= 5, 'failed attempts while the server is away');
    const all = (await db.outboxMessage.findMany({ select: { id: true } })).map((m) => m.id);
    const waiting = (await db.outboxMessage.findMany({ where: { sentAt: null }, select: { id: true } })).map((m) => m.id);
    const arrived = received.map(outboxIdOf);
    expect(all).toHaveLength(expected.length);
    // Nothing lost: each message arrived or is waiting.
    expect(new Set([...arrived, ...waiting])).toEqual(new Set(all));
    // Arrived yet waiting: kept by the server as it stopped, never heard of.
    const cut = waiting.filter((id) => arrived.includes(id));

    smtp = await startLocalSmtp(port, received, { closeTimeoutMs: 10 });
    await until(async () => (await unsent()) === 0, 'every message sent after the server came back');
    // A little longer, in case a retry were to send something a second time.
    await new Promise((r) => setTimeout(r, 3_000));
    const copiesOf = (id: string) => received.filter((m) => outboxIdOf(m) === id).length;
    for (const id of all) expect(copiesOf(id), id).toBe(cut.includes(id) ? 2 : 1);
    expect([...new Set(received.map((m) => m.subject))].sort()).toEqual(expected);
    expect(await db.outboxMessage.count({ where: { lastError: { not: null } } })).toBe(0);
    await stopWorkers();
    await smtp.close();
  });
});
