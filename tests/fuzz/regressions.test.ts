// Inputs the fuzz tests found that once gave a 500, kept as plain cases so
// they stay fixed whatever seed the fuzzer runs with. Each names the run
// that found it (seed 20261206).
import './support/cheap-writes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFuzzDirectory, fuzzGroups } from './support/fixtures.ts';
import { getTopic } from '../../lib/listings/browse.ts';
import { getPublishedGroup, getPublishedMeeting } from '../../lib/listings/group-detail.ts';
import { getContactTarget } from '../../lib/listings/contact-data.ts';
import { getReferralGroup } from '../../lib/referrals/status-page-data.ts';
import { getListingForCorrection } from '../../lib/submissions/data.ts';
import ThanksPage from '../../app/list-your-group/thanks/page.tsx';
import { renderHtml } from './support/fuzz.ts';
import { submitListing } from '../../lib/submissions/submit.ts';
import { submitGroupMessage } from '../../lib/listings/contact-submit.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';
import { findOpenGroupBySlug, findTopicBySlug } from '../../lib/open-data/data.ts';
import { GET as hsdsServices } from '../../app/api/hsds/services/route.ts';
import { GET as hsdsOrganizations } from '../../app/api/hsds/organizations/route.ts';
import { toFormData } from '../support/referral-form.ts';

beforeAll(createFuzzDirectory, 120_000);
afterAll(() => closeRateLimitPools());

describe('an address with a NUL byte (%00) in it', () => {
  // PostgreSQL refuses \u0000 in text, so the lookup used to fail as a database error: a 500.
  it('is an unknown topic, not a server error (/topics/abuse%00)', async () => {
    expect(await getTopic('abuse\u0000')).toBeNull();
  });

  it('is an unknown group on the group page, its calendar files, contact and referral forms', async () => {
    const slug = `${fuzzGroups.open}\u0000`;
    expect(await getPublishedGroup(slug)).toBeNull();
    expect(await getPublishedMeeting(slug, 0)).toBeNull();
    expect(await getContactTarget(`${fuzzGroups.private}\u0000`)).toBeNull();
    expect(await getReferralGroup(slug)).toBeNull();
  });

  it('is an unknown listing to correct (/list-your-group?group=%00)', async () => {
    expect(await getListingForCorrection('\u0000')).toBeNull();
  });

  // Found by open-data.test.ts (path 32:0:4:2:2:2:2:2): /groups/fuzz-open-circle%00/calendar.ics was a 500.
  it('is an unknown group or topic to subscribe to (/groups/…%00/calendar.ics, /topics/…%00/calendar.ics)', async () => {
    expect(await findOpenGroupBySlug(`${fuzzGroups.open}\u0000`)).toBeNull();
    expect(await findTopicBySlug('bereavement\u0000')).toBeNull();
  });

  it('still finds the real addresses', async () => {
    expect(await findOpenGroupBySlug(fuzzGroups.open)).not.toBeNull();
    expect(await findTopicBySlug('bereavement')).not.toBeNull();
    expect(await getTopic('bereavement')).not.toBeNull();
    expect(await getPublishedGroup(fuzzGroups.open)).not.toBeNull();
    expect(await getContactTarget(fuzzGroups.private)).not.toBeNull();
  });
});

describe('the HSDS API asked to search for a NUL byte', () => {
  // Found by open-data.test.ts (path 370:1:0:3:3:3): /api/hsds/services?search=%00 reached PostgreSQL, which refuses it: a 500.
  it.each([
    ['/api/hsds/services', hsdsServices],
    ['/api/hsds/organizations', hsdsOrganizations],
  ])('answers %s?search=%00 (and a postcode with one) with a 400 naming the parameter', async (path, handler) => {
    for (const [query, name] of [['search=grief%00', 'search'], ['postcode=K7L%00&proximity=5000', 'postcode']]) {
      const res = await handler(new Request(`http://localhost${path}?${query}`));
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(new RegExp(`^${name}:`));
    }
    expect((await handler(new Request(`http://localhost${path}?search=grief`))).status).toBe(200);
  });
});

describe('the thank-you page after "List your group"', () => {
  // ?kind= was looked up in a plain object, so __proto__ found Object.prototype and the page could not render.
  it.each(['__proto__', 'constructor', 'toString'])('thanks a visitor whose link says kind=%s like any other', async (kind) => {
    const html = await renderHtml(await ThanksPage({ searchParams: Promise.resolve({ kind }) }));
    expect(html).toContain('We will check the details with the group');
  });
});

const NEW_GROUP = {
  kind: 'NEW_GROUP', name: 'Peterborough Hearing Voices Circle', summary: 'People who hear voices meet to share ways of coping.', description: '',
  topicSlugs: 'mental-health', whoMayAttend: 'PEOPLE_WITH_CONCERN', costKind: 'FREE', languages: 'en', phone: '705-555-0199',
  email: '', website: '', meetingRows: '1', 'meetings.0.ref': '', 'meetings.0.attendance': 'IN_PERSON', 'meetings.0.recurrence': 'WEEKLY',
  'meetings.0.weekday': '3', 'meetings.0.monthWeek': '', 'meetings.0.startTime': '18:30', 'meetings.0.endTime': '20:00', 'meetings.0.venueName': 'Library, Room B',
  'meetings.0.addressLine1': '345 Aylmer Street North', 'meetings.0.town': 'Peterborough', 'meetings.0.postalCode': '', 'meetings.0.onlineUrl': '',
  submitterName: 'Avery Quinn', submitterEmail: 'avery@example.net', message: '', homepage: '',
};
let n = 0;
const key = () => `regression-key-${String(++n).padStart(8, '0')}`;
const ip = () => `192.0.2.${++n}`;

describe('"List your group" with a NUL byte or unreadable text in a field', () => {
  // PostgreSQL refuses \u0000 in the stored proposal (JSON), so the form failed with a server error.
  it.each(['meetings.0.venueName', 'name', 'summary', 'description', 'submitterName'])('asks the visitor to retype %s instead of failing', async (field) => {
    const { outcome } = await submitListing(toFormData({ ...NEW_GROUP, idempotencyKey: key(), [field]: `${NEW_GROUP[field as keyof typeof NEW_GROUP] || 'Text'}\u0000` }), { ip: ip() });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.fieldErrors[field]?.[0]).toMatch(/retype/);
  });

  it('asks for the listing again when the correction names one with a NUL byte', async () => {
    const { outcome } = await submitListing(toFormData({ ...NEW_GROUP, kind: 'UPDATE', group: `${fuzzGroups.open}\u0000`, idempotencyKey: key() }), { ip: ip() });
    expect(outcome.kind).toBe('invalid');
  });
});

describe('a message to a group with a NUL byte in it', () => {
  const roomy = { perIp: { name: 'reg-ip', points: 1000, durationSeconds: 60 }, perEmail: { name: 'reg-email', points: 1000, durationSeconds: 60 }, perGroup: { name: 'reg-group', points: 1000, durationSeconds: 60 } };
  const post = (fields: Record<string, string>) => toFormData({ group: fuzzGroups.private, name: 'Robin', replyEmail: 'robin.visitor@example.net', message: 'Is there room for one more?', homepage: '', ...fields });

  it('is a group that does not exist when the address names one with a NUL byte', async () => {
    const { outcome } = await submitGroupMessage(post({ group: `${fuzzGroups.private}\u0000` }), { ip: ip(), limits: roomy });
    expect(outcome.kind).toBe('unknown-group');
  });

  it.each(['name', 'message'])('asks the visitor to retype the %s instead of failing', async (field) => {
    const { outcome } = await submitGroupMessage(post({ [field]: 'Hello\u0000there' }), { ip: ip(), limits: roomy });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.fieldErrors[field]?.[0]).toMatch(/retype/);
  });
});
