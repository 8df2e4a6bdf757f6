// The three public forms, each sent 1,000 times with generated values in
// place of a valid form's fields: a referral, "List your group" (new
// group, correction or problem report) and a message to a group. Each post
// ends in validation messages, a refusal that says why, or a stored row —
// never a throw — and what was stored shows as text on the staff pages that
// display it.
import './support/cheap-writes.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import crypto from 'node:crypto';
import fc from 'fast-check';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => claims.current }));

import { db } from '../support/db.ts';
import { freshClaims, makeStaff } from '../support/staff.ts';
import { referralFields, toFormData } from '../support/referral-form.ts';
import { createFuzzDirectory, fuzzGroups } from './support/fixtures.ts';
import { answerOf, expectNoLiveMarkup, fuzz, renderHtml } from './support/fuzz.ts';
import { formOverrides } from './support/arbitraries.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { submitListing } from '../../lib/submissions/submit.ts';
import { submitGroupMessage } from '../../lib/listings/contact-submit.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import ReviewSubmissionPage from '../../app/staff/submissions/[id]/page.tsx';
import OutboxPage from '../../app/staff/outbox/page.tsx';

/** Each run comes from its own address and (unless the run changes it) its own email, so the limits never hide a path. */
let run = 0;
const next = () => ({ ip: `198.51.${Math.floor(++run / 250) % 250}.${run % 250}`, email: `visitor.${run}@example.net`, key: crypto.randomBytes(12).toString('base64url') });
const roomy = (name: string) => ({ name, points: 1_000_000, durationSeconds: 60 });

type Fields = Record<string, string | string[] | undefined>;
function formFrom(base: Fields, overrides: Fields): FormData {
  return toFormData({ ...base, ...overrides });
}

/** A refusal must say why: too big, or too many. "Could not take this just now" means the limiter failed. */
function expectReasonedRefusal(message: string) {
  expect(message).not.toMatch(/could not take this just now/i);
  expect(message).toMatch(/too (large|long|many)/i);
}

function expectFieldMessages(fieldErrors: Record<string, string[] | undefined>) {
  const messages = Object.values(fieldErrors).flat();
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) expect(typeof m === 'string' && m.length > 0).toBe(true);
}

beforeAll(async () => {
  await createFuzzDirectory();
  const admin = await makeStaff('ADMIN');
  claims.current = await freshClaims(admin);
}, 120_000);
afterAll(() => closeRateLimitPools());

const REFERRAL_FIELDS = Object.keys(referralFields());
const LISTING_BASE: Fields = {
  kind: 'NEW_GROUP', name: 'Peterborough Hearing Voices Circle', summary: 'People who hear voices meet to share ways of coping.', description: '',
  topicSlugs: 'mental-health', whoMayAttend: 'PEOPLE_WITH_CONCERN', costKind: 'FREE', languages: 'en', phone: '705-555-0199',
  email: '', website: '', meetingRows: '1', 'meetings.0.ref': '', 'meetings.0.attendance': 'IN_PERSON', 'meetings.0.recurrence': 'WEEKLY',
  'meetings.0.weekday': '3', 'meetings.0.monthWeek': '', 'meetings.0.startTime': '18:30', 'meetings.0.endTime': '20:00', 'meetings.0.venueName': 'Library, Room B',
  'meetings.0.addressLine1': '345 Aylmer Street North', 'meetings.0.town': 'Peterborough', 'meetings.0.postalCode': '', 'meetings.0.onlineUrl': '',
  submitterName: 'Avery Quinn', message: '', homepage: '',
};
const LISTING_FIELDS = [...Object.keys(LISTING_BASE), 'group', 'idempotencyKey', 'submitterEmail'];
const CONTACT_FIELDS = ['group', 'name', 'replyEmail', 'message', 'homepage'];

describe('fuzzing the public forms', () => {
  it('answers every generated referral with field messages, a refusal or a sent referral', async () => {
    const limits = { perIp: roomy('fuzz-referral-ip'), perEmail: roomy('fuzz-referral-email') };
    await fuzz('action submitReferralAction (lib submitReferral)', formOverrides(REFERRAL_FIELDS), async (overrides) => {
      const r = next();
      const { outcome } = await submitReferral(formFrom(referralFields({ referrerEmail: r.email }), overrides), { ip: r.ip, limits });
      if (outcome.kind === 'invalid') expectFieldMessages(outcome.fieldErrors);
      else if (outcome.kind === 'refused') expectReasonedRefusal(outcome.message);
      else expect(outcome.reference).toMatch(/^R-/);
    });
  });

  const submissionIds: string[] = [];
  it('answers every generated "List your group" form with field messages, a refusal or a stored submission', async () => {
    const kinds = fc.constantFrom<Fields>({}, { kind: 'UPDATE', group: fuzzGroups.open }, { kind: 'PROBLEM_REPORT', group: fuzzGroups.hostile, message: 'The phone number is wrong.' });
    await fuzz('action submitListingAction (lib submitListing)', fc.tuple(kinds, formOverrides(LISTING_FIELDS)), async ([kind, overrides]) => {
      const r = next();
      const form = formFrom({ ...LISTING_BASE, ...kind, submitterEmail: r.email, idempotencyKey: r.key }, overrides);
      const { outcome } = await submitListing(form, { ip: r.ip });
      if (outcome.kind === 'invalid') expectFieldMessages(outcome.fieldErrors);
      else if (outcome.kind === 'refused') expectReasonedRefusal(outcome.message);
      else {
        const key = String(form.get('idempotencyKey'));
        const row = await db.submission.findUnique({ where: { idempotencyKey: key }, select: { id: true } });
        // A filled honeypot is thanked and nothing is kept.
        if (row) submissionIds.push(row.id);
        else expect(String(form.get('homepage') ?? '').trim()).not.toBe('');
      }
    });
  });

  it('shows every stored submission to staff as text', async () => {
    expect(submissionIds.length).toBeGreaterThan(50);
    // Every tenth: each holds up to four hostile fields, and a page takes a while to render.
    for (const id of submissionIds.filter((_, i) => i % 10 === 0)) {
      const answer = await answerOf(async () => renderHtml(await ReviewSubmissionPage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) })));
      expect(answer.kind, id).toBe('value');
      if (answer.kind === 'value') expectNoLiveMarkup(answer.value, `/staff/submissions/${id}`);
    }
  });

  it('answers every generated message to a group with field messages, a refusal, a 404 or a queued message', async () => {
    const limits = { perIp: roomy('fuzz-contact-ip'), perEmail: roomy('fuzz-contact-email'), perGroup: roomy('fuzz-contact-group') };
    await fuzz('action sendGroupMessageAction (lib submitGroupMessage)', formOverrides(CONTACT_FIELDS), async (overrides) => {
      const r = next();
      const base = { group: fuzzGroups.private, name: 'Robin', replyEmail: r.email, message: 'Is there room for one more on Wednesday?', homepage: '' };
      const { outcome } = await submitGroupMessage(formFrom(base, overrides), { ip: r.ip, limits });
      if (outcome.kind === 'invalid') expectFieldMessages(outcome.fieldErrors);
      else if (outcome.kind === 'refused') expectReasonedRefusal(outcome.message);
    });
    const html = await renderHtml(await OutboxPage({ searchParams: Promise.resolve({}) }));
    expectNoLiveMarkup(html, '/staff/outbox');
  });
});
