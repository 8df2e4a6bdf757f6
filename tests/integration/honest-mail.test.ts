// The outbox says what really happened to each message: a message with no
// mail server to go to is "kept", never "sent"; a failure says when the next
// try is due and stops after the last; administrators can retry a message
// (it reaches a real SMTP server once) or cancel it, and both are audited.
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => claims.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { db } from '../support/db.ts';
import { freshClaims, makeStaff, type TestStaff } from '../support/staff.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { redirectOf, formOf } from './support/staff-actions-harness.ts';
import { deliverOutboxMessage } from '../../lib/mail/index.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { enqueueMail, listStrandedOutboxIds, purgeSentMail } from '../../lib/mail/outbox-data.ts';
import { listOutbox, countFailedMail } from '../../lib/mail/outbox-list-data.ts';
import { MAX_DELIVERY_ATTEMPTS, nextSweepAfter } from '../../lib/mail/delivery-state.ts';
import { mailStateText } from '../../components/staff/outbox/mail-state.tsx';
import { startWorkers, stopWorkers } from '../../lib/jobs/worker.ts';
import { retryMailAction } from '../../app/staff/outbox/actions/retry-mail-action.ts';
import { cancelMailAction } from '../../app/staff/outbox/actions/cancel-mail-action.ts';
import { AuthorizationError } from '../../lib/staff/guards.ts';

// The app's own mail server setting, as an administrator's retry uses it
// (set before anything reads the environment; nothing listens there until a test starts it).
const SMTP_PORT = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;

let smtp: LocalSmtp | null = null;
let received: ParsedMail[] = [];
let made = 0;

async function write(subject = `Hello ${++made}`) {
  const id = await db.$transaction((tx) => enqueueMail(tx, { to: `person${made}@example.org`, subject, text: 'Your group was approved.', kind: 'test' }));
  return { id, subject };
}
const row = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { sentAt: true, keptAt: true, cancelledAt: true, nextAttemptAt: true, attempts: true, lastError: true } });
const itemOf = async (subject: string) => (await listOutbox({ q: subject })).items.find((i) => i.subject === subject);
async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
/** A port nothing listens on: every attempt fails with "connection refused". */
async function deadSmtpUrl() {
  return `smtp://127.0.0.1:${await freePort()}`;
}

let admin: TestStaff;
let editor: TestStaff;
beforeEach(async () => {
  admin ??= await makeStaff('ADMIN');
  editor ??= await makeStaff('EDITOR');
  received = [];
});
afterEach(async () => {
  await stopWorkers();
  closeTransports();
  if (smtp) await smtp.close();
  smtp = null;
});
afterAll(() => closeTransports());

describe('a message with no mail server configured', () => {
  it('is recorded as kept and never shown as sent, whether delivered directly or by the worker', async () => {
    const direct = await write();
    expect((await deliverOutboxMessage(direct.id, { smtpUrl: null })).outcome).toBe('kept');
    expect(await row(direct.id)).toMatchObject({ sentAt: null, keptAt: expect.any(Date), attempts: 0, lastError: null });

    const byWorker = await write();
    await startWorkers({ smtpUrl: null, pollingIntervalSeconds: 0.5 });
    const { queueMailDelivery } = await import('../../lib/jobs/queue.ts');
    await queueMailDelivery([byWorker.id]);
    await until(async () => (await row(byWorker.id)).keptAt !== null, 'the worker keeping the message');
    expect((await row(byWorker.id)).sentAt).toBeNull();

    for (const m of [direct, byWorker]) {
      const item = await itemOf(m.subject);
      expect(item?.state).toBe('kept');
      expect(mailStateText(item!)).toBe('kept — no mail server configured');
      expect(mailStateText(item!)).not.toMatch(/\bsent\b/);
      expect((await listOutbox({ q: m.subject, state: 'sent' })).total).toBe(0);
      expect((await listOutbox({ q: m.subject, state: 'kept' })).total).toBe(1);
    }
    // A second delivery of a kept message does nothing.
    expect((await deliverOutboxMessage(direct.id, { smtpUrl: null })).outcome).toBe('already-kept');
  });

  it('is not picked up again by the sweep, and goes with sent mail after the retention period', async () => {
    const m = await write();
    await deliverOutboxMessage(m.id, { smtpUrl: null });
    await db.outboxMessage.update({ where: { id: m.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await listStrandedOutboxIds(new Date(), MAX_DELIVERY_ATTEMPTS)).not.toContain(m.id);
    await purgeSentMail(new Date(Date.now() + 31 * 86_400_000), 30);
    expect(await db.outboxMessage.count({ where: { id: m.id } })).toBe(0);
  });
});

describe('a message the mail server refuses', () => {
  it('says it failed and when it will be retried, and gives up after the last attempt', async () => {
    const smtpUrl = await deadSmtpUrl();
    const m = await write();
    const before = new Date();
    expect((await deliverOutboxMessage(m.id, { smtpUrl })).outcome).toBe('failed');
    const failed = await row(m.id);
    expect(failed).toMatchObject({ sentAt: null, keptAt: null, attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
    // No worker retry pending here: the sweep's next pass is the next try.
    expect(failed.nextAttemptAt?.getTime()).toBe(nextSweepAfter(before).getTime());
    const item = await itemOf(m.subject);
    expect(item?.state).toBe('failed');
    expect(mailStateText(item!)).toMatch(/^failed, retrying at .+ at the latest$/);
    // The sweep leaves it until then, and takes it once that time has come.
    await db.outboxMessage.update({ where: { id: m.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await listStrandedOutboxIds(new Date(), MAX_DELIVERY_ATTEMPTS, 500, before)).not.toContain(m.id);
    expect(await listStrandedOutboxIds(new Date(), MAX_DELIVERY_ATTEMPTS, 500, failed.nextAttemptAt!)).toContain(m.id);
    expect(await countFailedMail()).toMatchObject({ failed: expect.any(Number) });

    await db.outboxMessage.update({ where: { id: m.id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    expect((await deliverOutboxMessage(m.id, { smtpUrl })).outcome).toBe('failed');
    expect(await row(m.id)).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null });
    expect((await itemOf(m.subject))?.state).toBe('gave-up');
    expect(mailStateText((await itemOf(m.subject))!)).toBe(`gave up after ${MAX_DELIVERY_ATTEMPTS} attempts`);
    await db.outboxMessage.update({ where: { id: m.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await listStrandedOutboxIds(new Date(), MAX_DELIVERY_ATTEMPTS)).not.toContain(m.id);
  });

  it('with the worker, records the time pg-boss will try again at the latest', async () => {
    const smtpUrl = await deadSmtpUrl();
    await startWorkers({ smtpUrl, retryDelaySeconds: 40, pollingIntervalSeconds: 0.5 });
    const m = await write();
    const before = Date.now();
    const { queueMailDelivery } = await import('../../lib/jobs/queue.ts');
    await queueMailDelivery([m.id]);
    await until(async () => (await row(m.id)).attempts >= 1, 'the first attempt');
    const next = (await row(m.id)).nextAttemptAt?.getTime() ?? 0;
    // pg-boss waits 40–80 s after the first failure; the outbox names the latest.
    expect(next).toBeGreaterThanOrEqual(before + 80_000);
    expect(next).toBeLessThanOrEqual(Date.now() + 80_000);
  });
});

describe('staff retry and cancel', () => {
  it('an administrator retries a failed message against a real SMTP server: it arrives once, and the retry is audited', async () => {
    const port = SMTP_PORT;
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    const m = await write('Your listing was approved');
    expect((await deliverOutboxMessage(m.id, { smtpUrl })).outcome).toBe('failed');
    smtp = await startLocalSmtp(port, received);

    claims.current = await freshClaims(admin);
    const form = formOf({ id: m.id, back: 'state=failed&q=approved' });
    expect(await redirectOf(retryMailAction(form))).toBe('/staff/outbox?q=approved&state=failed&done=retry-sent');
    expect(received.map((r) => r.subject)).toEqual(['Your listing was approved']);
    expect(await row(m.id)).toMatchObject({ sentAt: expect.any(Date), attempts: 2, lastError: null, nextAttemptAt: null });

    // Pressed again (a second tab, a double click): nothing more goes out.
    expect(await redirectOf(retryMailAction(formOf({ id: m.id })))).toBe('/staff/outbox?done=not-retryable');
    expect(received).toHaveLength(1);
    const audit = await db.auditLog.findMany({ where: { action: 'mail.retry', entityId: m.id }, select: { actorId: true, before: true, after: true } });
    expect(audit).toEqual([{ actorId: admin.id, before: { state: 'failed', attempts: 1 }, after: { state: 'sent', attempts: 2, error: null } }]);
  });

  it('a cancelled message is never sent, by the worker or the sweep, and the cancel is audited', async () => {
    const port = await freePort();
    smtp = await startLocalSmtp(port, received);
    const m = await write();
    claims.current = await freshClaims(admin);
    expect(await redirectOf(cancelMailAction(formOf({ id: m.id })))).toBe('/staff/outbox?done=cancelled');
    expect((await deliverOutboxMessage(m.id, { smtpUrl: `smtp://127.0.0.1:${port}` })).outcome).toBe('cancelled');
    await db.outboxMessage.update({ where: { id: m.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await listStrandedOutboxIds(new Date(), MAX_DELIVERY_ATTEMPTS)).not.toContain(m.id);
    expect(received).toHaveLength(0);
    expect((await itemOf(m.subject))?.state).toBe('cancelled');
    expect(await db.auditLog.count({ where: { action: 'mail.cancel', entityId: m.id, actorId: admin.id } })).toBe(1);
    // Sent mail cannot be cancelled.
    const sent = await write();
    await deliverOutboxMessage(sent.id, { smtpUrl: `smtp://127.0.0.1:${port}` });
    expect(await redirectOf(cancelMailAction(formOf({ id: sent.id })))).toBe('/staff/outbox?done=not-cancellable');
    expect((await row(sent.id)).cancelledAt).toBeNull();
  });

  it('an editor may see the states but is refused retry and cancel, with nothing changed', async () => {
    const m = await write();
    await deliverOutboxMessage(m.id, { smtpUrl: await deadSmtpUrl() });
    const before = await row(m.id);
    claims.current = await freshClaims(editor);
    await expect(retryMailAction(formOf({ id: m.id }))).rejects.toBeInstanceOf(AuthorizationError);
    await expect(cancelMailAction(formOf({ id: m.id }))).rejects.toBeInstanceOf(AuthorizationError);
    expect(await row(m.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: 'auth.refused', actorId: editor.id } })).toBe(2);
  });
});
