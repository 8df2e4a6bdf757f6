// Requests about personal data (issue 21, item 5): staff with referral
// access find everything the directory holds about a person by email or by
// phone, export it, correct it and erase it; every step is on the audit
// trail, and after an erasure no table holds anything of theirs — not even
// in an encrypted column, and not in the audit trail.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const browser = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => browser.claims }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

import PersonalDataPage from '../../app/staff/personal-data/page.tsx';
import ErasePage from '../../app/staff/personal-data/erase/page.tsx';
import { searchPersonalDataAction } from '../../app/staff/personal-data/actions/search-personal-data-action.ts';
import { correctReferralDetailsAction } from '../../app/staff/personal-data/actions/correct-referral-details-action.ts';
import { erasePersonalDataAction } from '../../app/staff/personal-data/actions/erase-personal-data-action.ts';
import { GET as exportPersonalData } from '../../app/staff/personal-data/export/route.ts';
import { AuthorizationError } from '../../lib/staff/guards.ts';
import { decryptText, encryptText } from '../../lib/crypto/index.ts';
import { phonePattern } from '../../lib/forms/contact-match.ts';
import { REFERRAL_ENCRYPTED_TABLES, referralField } from '../../lib/referrals/encrypted-fields.ts';
import { MAIL_ENCRYPTED_TABLES } from '../../lib/mail/encrypted-fields.ts';
import { STAFF_ENCRYPTED_TABLES } from '../../lib/staff/encrypted-fields.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { submitGroupMessage } from '../../lib/listings/contact-submit.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { renderHtml } from '../fuzz/support/fuzz.ts';
import { db, rawQuery } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData, type FormFields } from '../support/referral-form.ts';
import { freshClaims, makeStaff, type TestStaff } from '../support/staff.ts';
import { formOf, redirectOf } from './support/staff-actions-harness.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const roomy = { name: 'pd', points: 10_000, durationSeconds: 60 };
const referralLimits = { perIp: { ...roomy, name: 'pd-ip' }, perEmail: { ...roomy, name: 'pd-email' } };
const contactLimits = { perIp: { ...roomy, name: 'pd-c-ip' }, perEmail: { ...roomy, name: 'pd-c-email' }, perGroup: { ...roomy, name: 'pd-c-group' } };

/** The person asking: their name, address and number, as they typed them in different places. */
const PERSON = { name: 'Wilhelmina', email: 'wilhelmina.k@example.net', phone: '(416) 555-0199', digits: '4165550199' };
const OTHER = { name: 'Sam', phone: '416-555-0188' };

async function referral(fields: FormFields): Promise<string> {
  const { outcome } = await submitReferral(toFormData(referralFields(fields)), { ip: '198.51.100.7', limits: referralLimits });
  if (outcome.kind !== 'sent') throw new Error(`referral not created: ${JSON.stringify(outcome)}`);
  return (await db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true } })).id;
}

/** A referral by phone, a referral by email, a message to a group (queued mail), a submission and a mistyped sign-in: all theirs. And someone else's referral. */
async function aPersonWithData() {
  await createTopics(db).catch(() => {});
  const slug = `quiet-room-${Math.random().toString(36).slice(2, 8)}`;
  await createGroup(db, buildGroup({ slug, name: 'Quiet Room Circle', phone: null, email: null, website: null, privateContactEmail: 'leader@quiet-room.example.org' }));
  const byPhone = await referral({ clientName: PERSON.name, clientContactMethod: 'PHONE', clientPhone: PERSON.phone, notes: 'Prefers evening calls.' });
  const byEmail = await referral({ clientName: PERSON.name, clientContactMethod: 'EMAIL', clientPhone: '', clientEmail: PERSON.email });
  const other = await referral({ clientName: OTHER.name, clientContactMethod: 'PHONE', clientPhone: OTHER.phone });
  const form = new FormData();
  for (const [k, v] of Object.entries({ group: slug, name: `${PERSON.name} K`, replyEmail: PERSON.email, message: 'Could someone call me back on 416 555 0199?', homepage: '' })) form.set(k, v);
  const sent = await submitGroupMessage(form, { ip: '198.51.100.8', limits: contactLimits });
  expect(sent.outcome.kind).toBe('sent');
  await db.submission.create({ data: { idempotencyKey: `pd-${slug}`, kind: 'PROBLEM_REPORT', submitterName: PERSON.name, submitterEmail: PERSON.email, message: 'The meeting time is wrong.', payload: {} } });
  await db.loginAttempt.create({ data: { email: PERSON.email, success: false, reason: 'unknown-email', ip: '198.51.100.9' } });
  return { byPhone, byEmail, other };
}

const caseOf = (url: string) => new URL(url, 'http://localhost').searchParams.get('case') ?? '';

async function search(fields: { email?: string; phone?: string }): Promise<string> {
  return caseOf(await redirectOf(searchPersonalDataAction(formOf({ email: fields.email ?? '', phone: fields.phone ?? '' }))));
}

async function pageHtml(sp: Record<string, string>): Promise<string> {
  return renderHtml(await PersonalDataPage({ searchParams: Promise.resolve(sp) }));
}

/**
 * Every text-like column (text, varchar, citext, json, jsonb, arrays) of every
 * table in the app's and pg-boss's schemas, and every encrypted column
 * decrypted: where does any of these still occur?
 */
async function whereFound(needles: { text: string[]; pattern: string }): Promise<string[]> {
  const columns = await rawQuery<{ schema: string; table: string; column: string }>(`
    SELECT table_schema AS schema, table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema IN ('public', 'pgboss')
      AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY') OR udt_name = 'citext')
      AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = columns.table_schema AND table_type = 'BASE TABLE')`);
  expect(columns.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const c of columns) {
    const col = `"${c.column}"::text`;
    const conditions = [...needles.text.map((_, i) => `strpos(lower(${col}), $${i + 1}) > 0`), `${col} ~* $${needles.text.length + 1}`];
    const [row] = await rawQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "${c.schema}"."${c.table}" WHERE ${conditions.join(' OR ')}`, ...needles.text.map((t) => t.toLowerCase()), needles.pattern);
    if (row && row.n > 0) found.push(`${c.schema}.${c.table}.${c.column}`);
  }
  for (const spec of [...REFERRAL_ENCRYPTED_TABLES, ...MAIL_ENCRYPTED_TABLES, ...STAFF_ENCRYPTED_TABLES]) {
    for (const column of spec.columns) {
      const rows = await rawQuery<{ id: string; value: string }>(`SELECT id, "${column}" AS value FROM "${spec.table}" WHERE "${column}" IS NOT NULL`);
      for (const r of rows) {
        const plain = decryptText(r.value, { table: spec.table, column, rowId: r.id });
        if (needles.text.some((t) => plain.toLowerCase().includes(t.toLowerCase())) || new RegExp(needles.pattern, 'i').test(plain)) found.push(`${spec.table}.${column} (decrypted) of ${r.id}`);
      }
    }
  }
  return found;
}

const theirs = { text: [PERSON.name, PERSON.email], pattern: phonePattern(PERSON.digits) };

let worker: TestStaff;
beforeEach(async () => {
  worker = await makeStaff('EDITOR', { totp: true, referralAccess: true });
  browser.claims = await freshClaims(worker);
});

describe('a request about personal data', () => {
  it('finds a person by email and by phone, exports it, then erases it so that no table holds anything of theirs', async () => {
    const { byPhone, byEmail, other } = await aPersonWithData();
    // Before: the scan does find them (so finding nothing afterwards means something).
    expect((await whereFound(theirs)).length).toBeGreaterThan(3);

    // By phone, typed another way than on the form.
    const phoneCase = await search({ phone: '+1 416 555 0199' });
    const byPhoneHtml = await pageHtml({ case: phoneCase });
    const phoneRefs = await db.referral.findMany({ where: { id: { in: [byPhone, byEmail, other] } }, select: { id: true, reference: true } });
    const ref = (id: string) => phoneRefs.find((r) => r.id === id)?.reference ?? 'missing';
    expect(byPhoneHtml).toContain(ref(byPhone));
    expect(byPhoneHtml).not.toContain(ref(byEmail));
    expect(byPhoneHtml).not.toContain(ref(other));
    expect(byPhoneHtml).toContain('Could someone call me back');

    // By email, in another case.
    const emailCase = await search({ email: 'Wilhelmina.K@Example.NET' });
    const byEmailHtml = await pageHtml({ case: emailCase });
    expect(byEmailHtml).toContain(ref(byEmail));
    expect(byEmailHtml).not.toContain(ref(byPhone));
    expect(byEmailHtml).toContain('The meeting time is wrong.');
    expect(byEmailHtml).toMatch(/Sign-in attempts<!-- --> \(<!-- -->1<!-- -->\)/);

    // Both at once, exported as one readable document.
    const bothCase = await search({ email: PERSON.email, phone: PERSON.phone });
    const res = await exportPersonalData(new Request(`http://localhost/staff/personal-data/export?case=${encodeURIComponent(bothCase)}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.txt"$/);
    const doc = await res.text();
    for (const piece of [ref(byPhone), ref(byEmail), `Client: ${PERSON.name}`, PERSON.phone, PERSON.email, 'Prefers evening calls.', 'Could someone call me back', 'The meeting time is wrong.', 'refused (unknown-email) from 198.51.100.9']) {
      expect(doc, piece).toContain(piece);
    }
    expect(doc).not.toContain(ref(other));

    // The erasure asks first: without the box ticked nothing changes.
    expect(await renderHtml(await ErasePage({ searchParams: Promise.resolve({ case: bothCase }) }))).toContain('2<!-- --> referral(s) lose the client');
    expect(await redirectOf(erasePersonalDataAction(formOf({ case: bothCase })))).toContain('/staff/personal-data/erase?case=');
    expect((await whereFound(theirs)).length).toBeGreaterThan(3);

    const done = await redirectOf(erasePersonalDataAction(formOf({ case: bothCase, confirm: 'yes' })));
    expect(done).toBe('/staff/personal-data?done=erased&referrals=2&messages=1&submissions=1&attempts=1');

    // Nothing of theirs anywhere, encrypted columns and the audit trail included.
    expect(await whereFound(theirs)).toEqual([]);
    // Someone else's referral is untouched, and the erased ones keep their statistics.
    const kept = await db.referral.findUniqueOrThrow({ where: { id: other }, select: { clientNameEnc: true } });
    expect(decryptText(kept.clientNameEnc ?? '', referralField('clientNameEnc', other))).toBe(OTHER.name);
    expect(await db.referral.count({ where: { id: { in: [byPhone, byEmail] }, erasedAt: { not: null }, status: 'NEW' } })).toBe(2);

    // The trail: each step by the worker, the erasure with its counts only.
    const trail = await db.auditLog.findMany({ where: { action: { startsWith: 'privacy.' } }, select: { action: true, actorId: true, after: true }, orderBy: { createdAt: 'asc' } });
    expect(new Set(trail.map((t) => t.action))).toEqual(new Set(['privacy.search', 'privacy.view', 'privacy.export', 'privacy.erase']));
    expect(trail.every((t) => t.actorId === worker.id)).toBe(true);
    const erasure = trail.filter((t) => t.action === 'privacy.erase');
    expect(erasure).toHaveLength(1);
    expect(erasure[0]?.after).toMatchObject({ erased: { referrals: 2, messages: 1, submissions: 1, loginAttempts: 1 } });

    // Searching again finds nothing.
    const again = await search({ email: PERSON.email, phone: PERSON.phone });
    expect(await pageHtml({ case: again })).toMatch(/Referrals<!-- --> \(<!-- -->0<!-- -->\)/);
  });

  it('corrects a client’s name and phone: the new number finds the referral, the old one does not, and the trail names the fields only', async () => {
    await createTopics(db).catch(() => {});
    const id = await referral({ clientName: 'Jo', clientContactMethod: 'TEXT', clientPhone: '613-555-0142' });
    const c = await search({ phone: '613 555 0142' });
    expect(await redirectOf(correctReferralDetailsAction(formOf({ case: c, part: 'client', referralId: id, name: 'Joanne', contact: '613-555-0143' })))).toContain('done=corrected');
    expect(await pageHtml({ case: c })).toMatch(/Referrals<!-- --> \(<!-- -->0<!-- -->\)/);
    const fresh = await search({ phone: '+1 613 555 0143' });
    expect(await pageHtml({ case: fresh })).toContain('Joanne');
    // A contact that does not suit the method is refused.
    expect(await redirectOf(correctReferralDetailsAction(formOf({ case: c, part: 'client', referralId: id, name: 'Joanne', contact: 'joanne@example.net' })))).toContain('error=bad-contact');
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'privacy.correct', entityId: id }, select: { after: true, before: true } });
    expect(entry.after).toEqual({ part: 'client', fields: ['name', 'contact'] });
    expect(JSON.stringify(entry)).not.toMatch(/Joanne|0143|0142/);
  });

  it('finds referrals written before the lookup column existed, or hashed under a retired key', async () => {
    const id = `c${'0'.repeat(23)}1`;
    const other = `c${'0'.repeat(23)}2`;
    for (const [rowId, n, lookup] of [[id, 1, null], [other, 2, 'deadbeef:0000']] as const) {
      await db.referral.create({
        data: {
          id: rowId, reference: `R-OLD${n}-0${n}`, idempotencyKey: `pd-old-${n}`, referrerName: 'Robin Referrer', referrerRole: 'Nurse', referrerOrganisation: 'Clinic', referrerEmail: 'robin@example.org',
          clientContactMethod: 'PHONE', clientContactEnc: encryptText('705 555 0110', referralField('clientContactEnc', rowId)), clientContactLookup: lookup,
          consentAt: new Date(), statusTokenHash: `pd-old-hash-${n}`, statusTokenExpiresAt: new Date(Date.now() + 86_400_000),
        },
      });
    }
    const html = await pageHtml({ case: await search({ phone: '705-555-0110' }) });
    expect(html).toContain('R-OLD1-01');
    expect(html).toContain('R-OLD2-02');
  });
});

describe('who may make a request about personal data', () => {
  it('refuses staff without referral access on the page, the search, the export and the erasure', async () => {
    const editor = await makeStaff('EDITOR', { totp: true });
    const c = await search({ email: PERSON.email });
    browser.claims = await freshClaims(editor);
    expect(await redirectOf(PersonalDataPage({ searchParams: Promise.resolve({ case: c }) }))).toBe('/staff/not-allowed?for=referrals');
    expect(await redirectOf(ErasePage({ searchParams: Promise.resolve({ case: c }) }))).toBe('/staff/not-allowed?for=referrals');
    await expect(searchPersonalDataAction(formOf({ email: PERSON.email }))).rejects.toBeInstanceOf(AuthorizationError);
    await expect(erasePersonalDataAction(formOf({ case: c, confirm: 'yes' }))).rejects.toBeInstanceOf(AuthorizationError);
    expect((await exportPersonalData(new Request(`http://localhost/staff/personal-data/export?case=${encodeURIComponent(c)}`))).status).toBe(403);
    expect(await db.auditLog.count({ where: { actorId: editor.id, action: { startsWith: 'privacy.' } } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: editor.id, action: 'auth.refused' } })).toBe(5);
  });

  it('opens a search only for the staff member who made it', async () => {
    const c = await search({ email: PERSON.email });
    const colleague = await makeStaff('EDITOR', { totp: true, referralAccess: true });
    browser.claims = await freshClaims(colleague);
    expect(await pageHtml({ case: c })).toContain('That search has expired');
    expect(await redirectOf(erasePersonalDataAction(formOf({ case: c, confirm: 'yes' })))).toBe('/staff/personal-data?error=expired');
    expect((await exportPersonalData(new Request(`http://localhost/staff/personal-data/export?case=${encodeURIComponent(c)}`))).status).toBe(404);
  });

  it('refuses a search without an email or a phone number, or with a malformed one', async () => {
    expect(await redirectOf(searchPersonalDataAction(formOf({ email: '', phone: '' })))).toBe('/staff/personal-data?error=email');
    expect(await redirectOf(searchPersonalDataAction(formOf({ email: 'not an address' })))).toBe('/staff/personal-data?error=email');
    expect(await redirectOf(searchPersonalDataAction(formOf({ phone: '12' })))).toBe('/staff/personal-data?error=phone');
  });
});
