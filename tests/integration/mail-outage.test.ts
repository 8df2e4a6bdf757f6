// The mail server goes away while referral mail is waiting to go out: nothing
// is lost, and when it comes back every message arrives exactly once. Real
// SMTP (tests/support/smtp.ts) and the app's own pg-boss worker.
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
    const waiting = await unsent();
    expect(received.length + waiting).toBe(expected.length);

    smtp = await startLocalSmtp(port, received, { closeTimeoutMs: 10 });
    await until(async () => (await unsent()) === 0, 'every message sent after the server came back');
    // A little longer, in case a retry were to send something a second time.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(received.map((m) => m.subject).sort()).toEqual(expected);
    expect(await db.outboxMessage.count({ where: { lastError: { not: null } } })).toBe(0);
    await stopWorkers();
    await smtp.close();
  });
});
