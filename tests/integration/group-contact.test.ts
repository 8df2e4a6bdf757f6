// A visitor writes to a group that keeps its phone and email private: the
// message goes through the outbox to the group's staff-only address (or to
// the clearinghouse), the visitor's address only as Reply-To, and a real
// local SMTP server receives it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { startLocalSmtp, type LocalSmtp } from '../support/smtp.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitGroupMessage, CONTACT_LIMITS_PER } from '../../lib/listings/contact-submit.ts';
import { getContactTarget } from '../../lib/listings/contact-data.ts';
import { deliverOutboxMessage } from '../../lib/mail/index.ts';
import { closeTransports } from '../../lib/mail/transport.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';

const roomy = {
  perIp: { name: 'gc-ip', points: 1000, durationSeconds: 60 },
  perEmail: { name: 'gc-email', points: 1000, durationSeconds: 60 },
  perGroup: { name: 'gc-group', points: 1000, durationSeconds: 60 },
} satisfies typeof CONTACT_LIMITS_PER;

const PRIVATE = { phone: null, email: null, website: null };

function post(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries({ name: 'Robin', replyEmail: 'robin.visitor@example.net', message: 'Is there room for one more on Wednesday?', homepage: '', ...fields })) form.set(k, v);
  return form;
}

const outboxFor = (to: string) => db.outboxMessage.findMany({ where: { to }, select: { id: true, to: true, replyTo: true, subject: true, text: true, kind: true } });

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'quiet-harbour-circle', name: 'Quiet Harbour Circle', ...PRIVATE, privateContactEmail: 'facilitator@quiet-harbour.example.org' }));
  await createGroup(db, buildGroup({ slug: 'no-email-circle', name: 'No Email Circle', ...PRIVATE, privateContactEmail: null }));
  await createGroup(db, buildGroup({ slug: 'open-door-circle', name: 'Open Door Circle', phone: '613-555-0100', email: null, privateContactEmail: 'hidden@open-door.example.org' }));
  await createGroup(db, buildGroup({ slug: 'draft-circle', name: 'Draft Circle', ...PRIVATE, privateContactEmail: 'draft@example.org', status: 'DRAFT' }));
});

const servers: LocalSmtp[] = [];
afterEach(async () => {
  closeTransports();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(closeRateLimitPools);

describe('a visitor writes to a group that keeps its contact details private', () => {
  it('is offered the form only for a published group with no public phone or email', async () => {
    expect(await getContactTarget('quiet-harbour-circle')).toEqual({ slug: 'quiet-harbour-circle', name: 'Quiet Harbour Circle' });
    expect(await getContactTarget('open-door-circle')).toBeNull();
    expect(await getContactTarget('draft-circle')).toBeNull();
    expect(await getContactTarget('no-such-group')).toBeNull();
  });

  it('sends the message to the group’s private address, with their own address only as Reply-To', async () => {
    const { outcome } = await submitGroupMessage(post({ group: 'quiet-harbour-circle' }), { ip: '198.51.100.20', limits: roomy });
    expect(outcome).toEqual({ kind: 'sent' });
    const [mail, ...more] = await outboxFor('facilitator@quiet-harbour.example.org');
    expect(more).toHaveLength(0);
    expect(mail?.replyTo).toBe('robin.visitor@example.net');
    expect(mail?.kind).toBe('group.contact');
    expect(mail?.text).toContain('Is there room for one more on Wednesday?');
    expect(mail?.text).toContain('From: Robin');
    // Staff read the outbox in the console: the visitor's address is not in what it shows.
    expect(`${mail?.subject} ${mail?.text}`).not.toContain('robin.visitor@example.net');

    const port = await freePort();
    const smtp = await startLocalSmtp(port);
    servers.push(smtp);
    const { received } = smtp;
    expect((await deliverOutboxMessage(mail!.id, { smtpUrl: `smtp://127.0.0.1:${port}` })).outcome).toBe('sent');
    expect(received).toHaveLength(1);
    const got = received[0]!;
    expect(got.to && 'text' in got.to ? got.to.text : '').toBe('facilitator@quiet-harbour.example.org');
    expect(got.replyTo?.text).toBe('robin.visitor@example.net');
    expect(got.subject).toBe('A message for Quiet Harbour Circle from Robin');
    expect(got.text).toContain('reply to this email');
  });

  it('goes to the clearinghouse to pass on when the group has no email at all', async () => {
    const { outcome } = await submitGroupMessage(post({ group: 'no-email-circle', name: 'Kai' }), { ip: '198.51.100.21', limits: roomy });
    expect(outcome).toEqual({ kind: 'sent' });
    const mail = (await outboxFor('intake@example.org')).find((m) => m.subject.includes('No Email Circle'));
    expect(mail?.kind).toBe('group.contact.forward');
    expect(mail?.subject).toBe('Please pass on: a message for No Email Circle');
    expect(mail?.replyTo).toBe('robin.visitor@example.net');
  });

  it('is told every problem at once, and nothing is sent', async () => {
    const before = await db.outboxMessage.count();
    const { outcome, values } = await submitGroupMessage(post({ group: 'quiet-harbour-circle', name: ' ', replyEmail: 'robin at home', message: '' }), { ip: '198.51.100.22', limits: roomy });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' ? Object.keys(outcome.fieldErrors) : []).toEqual(['name', 'replyEmail', 'message']);
    expect(values.replyEmail).toBe('robin at home');
    expect(await db.outboxMessage.count()).toBe(before);
  });

  it('cannot be used to write to a group whose contact details are public, or to a draft', async () => {
    const before = await db.outboxMessage.count();
    for (const group of ['open-door-circle', 'draft-circle', 'no-such-group']) {
      expect((await submitGroupMessage(post({ group }), { ip: '198.51.100.23', limits: roomy })).outcome).toEqual({ kind: 'unknown-group' });
    }
    expect(await db.outboxMessage.count()).toBe(before);
  });

  it('thanks a bot that fills the hidden field, and keeps nothing', async () => {
    const before = await db.outboxMessage.count();
    const { outcome } = await submitGroupMessage(post({ group: 'quiet-harbour-circle', homepage: 'https://spam.example' }), { ip: '198.51.100.24', limits: roomy });
    expect(outcome).toEqual({ kind: 'sent' });
    expect(await db.outboxMessage.count()).toBe(before);
  });

  it('asks someone sending message after message to wait, and sends no more', async () => {
    const tight = { ...roomy, perIp: { name: 'gc-tight-ip', points: 2, durationSeconds: 600 } };
    const before = await db.outboxMessage.count();
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await submitGroupMessage(post({ group: 'quiet-harbour-circle' }), { ip: '198.51.100.25', limits: tight })).outcome);
    expect(results.map((r) => r.kind)).toEqual(['sent', 'sent', 'refused']);
    expect(results[2]?.kind === 'refused' ? results[2].message : '').toMatch(/^Too many messages have been sent in a short time\. Please wait about \d+ minutes/);
    expect(await db.outboxMessage.count()).toBe(before + 2);
  });
});
