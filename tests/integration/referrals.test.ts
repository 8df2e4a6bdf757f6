// A professional sends referrals through the form's submit path (the same
// function the server action calls), against real PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { asOwner, db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData, type FormFields } from '../support/referral-form.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { REFERENCE_PATTERN } from '../../lib/referrals/reference.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

// Generous limits: these tests are about the form, not the rate limits.
const limits = { perIp: { name: 'test-ip', points: 10_000, durationSeconds: 60 }, perEmail: { name: 'test-email', points: 10_000, durationSeconds: 60 } };
const send = (fields: FormFields, ip = '198.51.100.1') => submitReferral(toFormData(fields), { ip, limits });
const counts = async () => ({ referrals: await db.referral.count(), outbox: await db.outboxMessage.count(), events: await db.referralEvent.count() });

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'lakeshore-grief-circle', name: 'Lakeshore Grief Circle' }));
  await createGroup(db, buildGroup({ slug: 'draft-circle', name: 'Draft Circle', status: 'DRAFT' }));
});

const long = (n: number) => 'a'.repeat(n);

// [what the professional does, fields changed, field that complains, message]
const INVALID: [string, FormFields, string, RegExp][] = [
  ['leaves their name empty', { referrerName: '  ' }, 'referrerName', /Enter your name/],
  ['types a 101-character name', { referrerName: long(101) }, 'referrerName', /100 characters or fewer/],
  ['leaves their role empty', { referrerRole: '' }, 'referrerRole', /role or profession/],
  ['leaves the organisation empty', { referrerOrganisation: '' }, 'referrerOrganisation', /Enter your organisation/],
  ['leaves the work email empty', { referrerEmail: '' }, 'referrerEmail', /Enter your work email address/],
  ['types an email without a domain', { referrerEmail: 'worker@' }, 'referrerEmail', /like name@agency.org/],
  ['types words as their phone', { referrerPhone: 'call reception' }, 'referrerPhone', /area code/],
  ["leaves the client's name empty", { clientName: '' }, 'clientName', /first name or initials/],
  ["gives the client's full name", { clientName: 'Mary Jane Smith' }, 'clientName', /not their full name/],
  ["types a 41-character first name", { clientName: 'A'.repeat(41) }, 'clientName', /40 characters or fewer/],
  ["puts digits in the client's name", { clientName: 'Sam 2' }, 'clientName', /letters only/],
  ['chooses no way to reach the client', { clientContactMethod: undefined }, 'clientContactMethod', /how the client would like to be contacted/],
  ['posts a made-up contact method', { clientContactMethod: 'FAX' }, 'clientContactMethod', /how the client would like to be contacted/],
  ['chooses phone without a number', { clientContactMethod: 'PHONE', clientPhone: '' }, 'clientPhone', /client's phone number/],
  ['chooses text without a number', { clientContactMethod: 'TEXT', clientPhone: '' }, 'clientPhone', /client's phone number/],
  ['chooses email without an address', { clientContactMethod: 'EMAIL', clientEmail: '' }, 'clientEmail', /client's email address/],
  ['chooses email with a broken address', { clientContactMethod: 'EMAIL', clientEmail: 'sam at home' }, 'clientEmail', /like name@agency.org/],
  ['types a 61-character language', { clientLanguage: long(61) }, 'clientLanguage', /60 characters/],
  ['types 501 characters of accessibility needs', { clientAccessibility: long(501) }, 'clientAccessibility', /500 characters/],
  ['types 201 characters of best times', { clientBestTimes: long(201) }, 'clientBestTimes', /200 characters/],
  ['posts a malformed topic', { helpTopic: 'Grief & Loss' }, 'helpTopic', /Choose a topic/],
  ['types an 81-character town', { helpTown: long(81) }, 'helpTown', /80 characters/],
  ['posts a made-up attendance', { helpAttendance: 'TELEPATHY' }, 'helpAttendance', /how the client would like to attend/],
  ['posts a checklist item that does not exist', { readiness: ['wants-self-help', 'made-up'] }, 'readiness', /checklist only/],
  ['does not confirm consent', { consent: undefined }, 'consent', /client agreed/],
  ['types 2001 characters of notes', { notes: long(2001) }, 'notes', /2000 characters/],
  ['sends a form without its key', { idempotencyKey: 'abc' }, 'idempotencyKey', /form has expired/],
  ['posts a malformed group', { groupSlug: '../etc' }, 'idempotencyKey', /group link is not valid/],
  ['pastes a control character into their name', { referrerName: 'Referring\u0000Worker' }, 'referrerName', /control characters/],
  ['asks for a topic that does not exist', { helpTopic: 'no-such-topic' }, 'helpTopic', /Choose a topic/],
  ['refers to a group that is not published', { groupSlug: 'draft-circle' }, 'idempotencyKey', /no longer listed/],
  ['refers to a group that does not exist', { groupSlug: 'no-such-group' }, 'idempotencyKey', /no longer listed/],
];

describe('when the limits cannot be counted', () => {
  it('a professional is refused with a clear message, and nothing is saved or mailed', async () => {
    const before = await counts();
    // The store the limiter counts in goes away, as when the database is unwell.
    await asOwner('ALTER TABLE rate_limits RENAME TO rate_limits_away');
    try {
      const { outcome } = await send(referralFields(), '198.51.100.77');
      expect(outcome.kind).toBe('refused');
      expect(outcome.kind === 'refused' ? outcome.message : '').toMatch(/^We could not take this just now\. Please try again shortly, or call us at /);
    } finally {
      await asOwner('ALTER TABLE rate_limits_away RENAME TO rate_limits');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('validation', () => {
  it.each(INVALID)('a professional who %s is told what to fix, and nothing is saved', async (_what, changes, field, message) => {
    const before = await counts();
    const fields = referralFields(changes);
    const { outcome, values } = await send(fields);
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.fieldErrors[field]?.[0]).toMatch(message);
    expect(await counts()).toEqual(before);
    // Everything typed comes back for the form to show again.
    expect(values.referrerOrganisation).toBe(fields.referrerOrganisation);
    expect(values.notes).toBe(String(fields.notes ?? '').slice(0, 5000));
  });

  it.each([['Mary Jane'], ['S. K.'], ['Zoë'], ['李'], ["D'Arcy"], ['Jean-Luc']])('accepts %s as a first name or initials', async (clientName) => {
    const { outcome } = await send(referralFields({ clientName }));
    expect(outcome.kind).toBe('sent');
  });

  it('refuses a form over 64 KB with a clear message and keeps nothing', async () => {
    const before = await counts();
    const { outcome } = await send(referralFields({ notes: 'x'.repeat(1024 * 1024) }));
    expect(outcome).toMatchObject({ kind: 'refused', message: expect.stringMatching(/too large .*64 KB/) });
    expect(await counts()).toEqual(before);
  });
});

describe('crisis and bots', () => {
  it.each([['active-crisis'], ['suicidal']])('ticking "%s" refuses the referral with where to get help, saving and sending nothing', async (item) => {
    const before = await counts();
    const { outcome, values } = await send(referralFields({ readiness: ['wants-self-help', item] }));
    expect(outcome).toMatchObject({ kind: 'invalid', crisis: true });
    if (outcome.kind === 'invalid') expect(outcome.fieldErrors.readiness?.[0]).toMatch(/911.*9-8-8.*local crisis line/);
    expect(values.readiness).toContain(item);
    expect(await counts()).toEqual(before);
  });

  it('a bot that fills the honeypot is shown a reference, and nothing is stored', async () => {
    const before = await counts();
    const { outcome } = await send(referralFields({ website: 'http://spam.example' }));
    expect(outcome.kind).toBe('sent');
    if (outcome.kind === 'sent') expect(outcome.reference).toMatch(REFERENCE_PATTERN);
    expect(await counts()).toEqual(before);
  });
});

describe('sending', () => {
  it('cannot be used to send mail to a stranger: at most three confirmations a day reach one address, none repeats what was typed, and every referral is still kept', async () => {
    const stranger = `someone-else.${Date.now()}@example.net`;
    const spam = 'Win a prize at spam.example';
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await send(referralFields({ referrerEmail: stranger, referrerName: spam, referrerOrganisation: spam, referrerRole: spam }), `198.51.100.${20 + i}`));
    expect(sent.every((r) => r.outcome.kind === 'sent')).toBe(true);
    expect(await db.referral.count({ where: { referrerEmail: stranger } })).toBe(5);
    const mails = await db.outboxMessage.findMany({ where: { to: stranger }, select: { subject: true, text: true } });
    expect(mails).toHaveLength(3);
    for (const m of mails) expect(`${m.subject}\n${m.text}`).not.toContain('spam.example');
    // Staff still hear about every one of them.
    expect(await db.outboxMessage.count({ where: { kind: 'referral.intake', text: { contains: stranger } } })).toBe(5);
  });

  it('creates the referral, its first history entry and two messages, and a resubmission returns the same one', async () => {
    const fields = referralFields({ groupSlug: 'lakeshore-grief-circle' });
    const first = await send(fields);
    expect(first.outcome).toMatchObject({ kind: 'sent', reference: expect.stringMatching(REFERENCE_PATTERN), statusToken: expect.stringMatching(/^[\w-]{43}$/) });
    const again = await send(fields);
    expect(again.outcome).toMatchObject({ kind: 'sent', statusToken: null });
    if (first.outcome.kind !== 'sent' || again.outcome.kind !== 'sent') return;
    expect(again.outcome.reference).toBe(first.outcome.reference);
    const r = await db.referral.findUniqueOrThrow({ where: { reference: first.outcome.reference }, select: { id: true, status: true, group: { select: { slug: true } }, _count: { select: { events: true } } } });
    expect(r).toMatchObject({ status: 'NEW', group: { slug: 'lakeshore-grief-circle' }, _count: { events: 1 } });
    const mail = await db.outboxMessage.findMany({ where: { subject: { contains: first.outcome.reference } }, select: { kind: true } });
    expect(mail.map((m) => m.kind).sort()).toEqual(['referral.intake', 'referral.received']);
  });

  it('50 identical submissions at once create exactly one referral', async () => {
    const fields = referralFields();
    const results = await Promise.all(Array.from({ length: 50 }, () => send(fields)));
    const refs = new Set(results.map((r) => (r.outcome.kind === 'sent' ? r.outcome.reference : r.outcome.kind)));
    expect([...refs]).toHaveLength(1);
    expect(await db.referral.count({ where: { idempotencyKey: String(fields.idempotencyKey) } })).toBe(1);
    expect(results.filter((r) => r.outcome.kind === 'sent' && r.outcome.statusToken)).toHaveLength(1);
    const [ref] = refs;
    expect(await db.outboxMessage.count({ where: { subject: { contains: String(ref) } } })).toBe(2);
  });

  it('100 different submissions at once create 100 referrals with unique references', async () => {
    const before = await db.referral.count();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => send(referralFields({ clientName: `Client ${String.fromCharCode(65 + (i % 26))}` }))));
    const refs = results.map((r) => (r.outcome.kind === 'sent' ? r.outcome.reference : 'failed'));
    expect(refs.filter((r) => REFERENCE_PATTERN.test(r))).toHaveLength(100);
    expect(new Set(refs).size).toBe(100);
    expect(await db.referral.count()).toBe(before + 100);
  });
});
