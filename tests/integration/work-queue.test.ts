// The console's home is a work queue: each count is exactly what the list it
// links to shows, read from the link's own address, and the lists read their
// filters from the address, naming any part they cannot use.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { asSession, makeStaff } from '../support/staff.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { getDashboardCounts, WORK_QUEUE_LINKS } from '../../lib/staff/dashboard-data.ts';
import { readListingFilters } from '../../lib/listings/staff-list-schema.ts';
import { listGroupsForStaff } from '../../lib/listings/staff-list-data.ts';
import { readSubmissionFilters } from '../../lib/submissions/staff-list-schema.ts';
import { listSubmissions } from '../../lib/submissions/staff-data.ts';
import { readReferralInbox } from '../../lib/referrals/inbox-filters.ts';
import { listReferralInbox } from '../../lib/referrals/staff-inbox-data.ts';
import { readOutboxFilters } from '../../lib/mail/outbox-list-schema.ts';
import { listOutbox } from '../../lib/mail/outbox-list-data.ts';
import { MAX_DELIVERY_ATTEMPTS } from '../../lib/mail/delivery-state.ts';

const paramsOf = (href: string) => Object.fromEntries(new URL(href, 'http://localhost').searchParams);
const YEAR = 366 * 86_400_000;
let n = 0;

async function submission(kind: 'NEW_GROUP' | 'UPDATE' | 'PROBLEM_REPORT', status: 'PENDING' | 'APPROVED', submitterName: string) {
  n++;
  await db.submission.create({ data: { idempotencyKey: `work-queue-key-${String(n).padStart(4, '0')}`, kind, status, payload: { name: `Proposed ${n}` }, message: '', submitterName, submitterEmail: `s${n}@example.net` } });
}
async function referral(status: 'NEW' | 'IN_PROGRESS', referrerName: string) {
  n++;
  await db.referral.create({
    data: {
      reference: `R-WQ-${n}`, idempotencyKey: `work-queue-referral-${String(n).padStart(4, '0')}`, status, referrerName, referrerRole: 'Nurse', referrerOrganisation: 'Lakeshore Clinic',
      referrerEmail: `r${n}@example.org`, clientContactMethod: 'CLIENT_WILL_CALL', consentAt: new Date(), statusTokenHash: `wq-hash-${n}`, statusTokenExpiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}
async function mail(attempts: number, extra: { sentAt?: Date; keptAt?: Date; cancelledAt?: Date } = {}) {
  n++;
  await db.outboxMessage.create({ data: { to: `m${n}@example.org`, subject: `Message ${n}`, text: 'Hello', kind: 'test', attempts, lastError: attempts ? 'connect ECONNREFUSED' : null, ...extra } });
}

beforeAll(async () => {
  await createTopics(db);
  const old = new Date(Date.now() - 2 * YEAR);
  for (const [i, lastVerifiedAt] of [null, old, new Date()].entries()) await createGroup(db, buildGroup({ slug: `work-queue-${i}`, name: `Work Queue Circle ${i}`, status: 'PUBLISHED', lastVerifiedAt }));
  await createGroup(db, buildGroup({ slug: 'work-queue-draft', name: 'Work Queue Draft', status: 'DRAFT', lastVerifiedAt: null }));
  await submission('NEW_GROUP', 'PENDING', 'Jordan Lee');
  await submission('UPDATE', 'PENDING', 'Priya Shah');
  await submission('PROBLEM_REPORT', 'PENDING', 'Sam Ortiz');
  await submission('UPDATE', 'APPROVED', 'Jordan Lee');
  await referral('NEW', 'Alex Moreau');
  await referral('NEW', 'Kim Tran');
  await referral('IN_PROGRESS', 'Kim Tran');
  await mail(0);
  await mail(2);
  await mail(5);
  await mail(MAX_DELIVERY_ATTEMPTS);
  await mail(1, { sentAt: new Date() });
  await mail(0, { keptAt: new Date() });
  await mail(3, { cancelledAt: new Date() });
});

describe('the work queue on the console home', () => {
  it('counts exactly what each linked list shows', async () => {
    const me = asSession(await makeStaff('ADMIN', { referralAccess: true }));
    const c = await getDashboardCounts(new Date(), true);
    expect(c).toEqual({ newReferrals: 2, pendingSubmissions: 3, staleListings: 2, failedMail: 2, gaveUpMail: 1 });
    const totals = {
      newReferrals: (await listReferralInbox(readReferralInbox(paramsOf(WORK_QUEUE_LINKS.newReferrals)).filters, me)).total,
      pendingSubmissions: (await listSubmissions(readSubmissionFilters(paramsOf(WORK_QUEUE_LINKS.pendingSubmissions)).filters)).total,
      staleListings: (await listGroupsForStaff(readListingFilters(paramsOf(WORK_QUEUE_LINKS.staleListings)).filters)).total,
      failedMail: (await listOutbox(readOutboxFilters(paramsOf(WORK_QUEUE_LINKS.failedMail)).filters)).total,
      gaveUpMail: (await listOutbox(readOutboxFilters(paramsOf(WORK_QUEUE_LINKS.gaveUpMail)).filters)).total,
    };
    expect(totals).toEqual(c);
    for (const href of Object.values(WORK_QUEUE_LINKS)) {
      const path = new URL(href, 'http://localhost').pathname;
      const read = { '/staff/referrals': readReferralInbox, '/staff/submissions': readSubmissionFilters, '/staff/listings': readListingFilters, '/staff/outbox': readOutboxFilters }[path];
      expect(read?.(paramsOf(href)).problems, href).toEqual([]);
    }
  });

  it('leaves referrals out for staff without referral access', async () => {
    expect((await getDashboardCounts(new Date(), false)).newReferrals).toBeNull();
  });
});

describe('the staff lists', () => {
  it('search and sort submissions and referrals from the address', async () => {
    const subs = await listSubmissions(readSubmissionFilters({ q: 'jordan', status: 'PENDING' }).filters);
    expect(subs.rows.map((r) => r.submitterName)).toEqual(['Jordan Lee']);
    const newest = await listSubmissions(readSubmissionFilters({ sort: 'newest' }).filters);
    const oldest = await listSubmissions(readSubmissionFilters({}).filters);
    expect(newest.rows.map((r) => r.id)).toEqual(oldest.rows.map((r) => r.id).reverse());

    const me = asSession(await makeStaff('EDITOR', { referralAccess: true }));
    expect((await listReferralInbox(readReferralInbox({ q: 'kim tran' }).filters, me)).total).toBe(2);
    expect((await listReferralInbox(readReferralInbox({ q: 'R-WQ-', status: 'NEW' }).filters, me)).total).toBe(2);
    const refs = await listReferralInbox(readReferralInbox({ sort: 'oldest' }).filters, me);
    expect(refs.rows.map((r) => r.createdAt.getTime())).toEqual([...refs.rows.map((r) => r.createdAt.getTime())].sort((a, b) => a - b));
  });

  it('search the outbox by address or subject and filter it by what happened', async () => {
    expect((await listOutbox(readOutboxFilters({ q: 'MESSAGE' }).filters)).total).toBeGreaterThanOrEqual(7);
    for (const [state, total] of [['queued', 1], ['sent', 1], ['kept', 1], ['failed', 2], ['gave-up', 1], ['cancelled', 1]] as const) {
      const page = await listOutbox(readOutboxFilters({ state }).filters);
      expect(page.total, state).toBe(total);
      expect(page.items.every((i) => i.state === state)).toBe(true);
    }
  });

  it('say which parts of an address they could not use, instead of failing or quietly showing another list', () => {
    expect(readOutboxFilters({ state: 'exploded', sort: 'newest', page: 'two' }).problems.map((p) => p.label)).toEqual(['State', 'Page']);
    expect(readListingFilters({ status: 'LIVE', stale: 'yes', topic: '../etc' }).problems.map((p) => p.label)).toEqual(['Status', 'Topic', 'Not verified in the last 12 months']);
    expect(readSubmissionFilters({ status: ['APPROVED', 'x'], kind: 'SPAM' })).toMatchObject({ filters: { status: 'APPROVED', kind: null }, problems: [{ param: 'kind', label: 'Kind' }] });
    expect(readSubmissionFilters({ __proto__: 'x', constructor: 'y' } as Record<string, string>).problems).toEqual([]);
  });
});
