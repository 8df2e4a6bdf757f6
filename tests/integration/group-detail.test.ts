// What a visitor can reach from results and browsing: one group's public
// listing, a topic's groups 20 at a time, and the A–Z list of group names.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { getPublishedGroup, getPublishedMeeting } from '../../lib/listings/group-detail.ts';
import { getTopic, listGroupLetters, listGroupsByLetter, listTopicGroups } from '../../lib/listings/browse.ts';

const SECRET = { privateContactName: 'Pat Facilitator-Secret', privateContactPhone: '905-555-0999', privateContactEmail: 'secret@staff.example.org' };

const PUBLIC_GROUP_KEYS = [
  'accessibilityFeatures', 'accessibilityNotes', 'costDescription', 'costKind', 'description', 'email', 'id', 'languages', 'lastVerifiedAt',
  'leadership', 'meetings', 'name', 'organization', 'phone', 'slug', 'summary', 'topics', 'website', 'whoMayAttend',
];

async function createNamed(name: string, overrides: Parameters<typeof buildGroup>[0] = {}) {
  return createGroup(db, buildGroup({ name, topicSlugs: ['mental-health'], ...overrides }));
}

beforeAll(async () => {
  await createTopics(db);
});

describe('a visitor opens a group page', () => {
  it('sees a published group with its meetings in position order and nothing staff-only', async () => {
    const org = await db.organization.create({ data: { name: 'Lakeshore Family Services', website: 'https://lakeshore.example.org' }, select: { id: true } });
    const { id } = await createGroup(
      db,
      buildGroup({
        slug: 'riverside-grief-circle',
        name: 'Riverside Grief Circle',
        topicSlugs: ['bereavement', 'seniors'],
        ...SECRET,
        meetings: [buildMeeting({ notes: 'first written' }), buildMeeting({ notes: 'second written' }), buildMeeting({ notes: 'third written' })],
      }),
    );
    await db.group.update({ where: { id }, data: { organizationId: org.id } });
    // Staff reorder: the meeting written first now comes last.
    const meetings = await db.meeting.findMany({ where: { groupId: id }, orderBy: { position: 'asc' }, select: { id: true } });
    const [a, , c] = meetings;
    if (!a || !c) throw new Error('expected three meetings');
    await db.meeting.update({ where: { id: a.id }, data: { position: 2 } });
    await db.meeting.update({ where: { id: c.id }, data: { position: 0 } });

    const group = await getPublishedGroup('riverside-grief-circle');
    expect(group).not.toBeNull();
    expect(Object.keys(group ?? {}).sort()).toEqual(PUBLIC_GROUP_KEYS);
    expect(group?.meetings.map((m) => m.notes)).toEqual(['third written', 'second written', 'first written']);
    expect(group?.meetings.map((m) => m.position)).toEqual([0, 1, 2]);
    expect(group?.topics.map((t) => t.slug)).toEqual(['bereavement', 'seniors']);
    expect(group?.organization).toEqual({ name: 'Lakeshore Family Services', description: '', website: 'https://lakeshore.example.org', email: null, phone: null });
    const json = JSON.stringify(group);
    for (const secret of Object.values(SECRET)) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/privateContact|lastVerifiedBy|version|status|searchVector|earthPoint/);
  });

  it('finds nothing for drafts, listings awaiting review, archived groups and unknown addresses', async () => {
    for (const status of ['DRAFT', 'PENDING_REVIEW', 'ARCHIVED'] as const) {
      await createGroup(db, buildGroup({ slug: `hidden-${status.toLowerCase()}`, status }));
      expect(await getPublishedGroup(`hidden-${status.toLowerCase()}`), status).toBeNull();
      expect(await getPublishedMeeting(`hidden-${status.toLowerCase()}`, 0), status).toBeNull();
    }
    expect(await getPublishedGroup('no-such-group')).toBeNull();
  });

  it('gets one meeting of a published group by its position, for the calendar file', async () => {
    await createGroup(db, buildGroup({ slug: 'two-meetings', name: 'Two Meetings Group', meetings: [buildMeeting(), buildMeeting({ attendance: 'ONLINE', notes: 'online one' })] }));
    const found = await getPublishedMeeting('two-meetings', 1);
    expect(found?.group).toEqual({ slug: 'two-meetings', name: 'Two Meetings Group', summary: buildGroup().summary });
    expect(found?.meeting.notes).toBe('online one');
    expect(await getPublishedMeeting('two-meetings', 2)).toBeNull();
  });
});

describe('a visitor lists the groups of a topic', () => {
  beforeAll(async () => {
    for (let i = 0; i < 20; i++) await createNamed(`Veterans Coffee Circle ${String(i).padStart(2, '0')}`, { topicSlugs: ['veterans'] });
    for (let i = 0; i < 21; i++) await createNamed(`Youth Drop-in ${String(i).padStart(2, '0')}`, { topicSlugs: ['youth'] });
    await createNamed('Youth Drop-in Draft', { topicSlugs: ['youth'], status: 'DRAFT' });
  });

  it('fits exactly 20 groups on one page', async () => {
    const first = await listTopicGroups('veterans', 1);
    expect(first).toMatchObject({ total: 20, page: 1, pageCount: 1 });
    expect(first.items).toHaveLength(20);
    // Asking for a page past the end shows the last one and says which was asked for.
    expect(await listTopicGroups('veterans', 2)).toMatchObject({ page: 1, requestedPage: 2, pageCount: 1 });
  });

  it('puts the 21st group on a second page, and never counts drafts', async () => {
    const first = await listTopicGroups('youth', 1);
    expect(first).toMatchObject({ total: 21, page: 1, pageCount: 2 });
    expect(first.items[0]?.name).toBe('Youth Drop-in 00');
    const second = await listTopicGroups('youth', 2);
    expect(second.items.map((g) => g.name)).toEqual(['Youth Drop-in 20']);
    expect(await listTopicGroups('youth', 99)).toMatchObject({ page: 2, requestedPage: 99 });
  });

  it('shows each group with its towns, kinds of meeting and next date', async () => {
    const [item] = (await listTopicGroups('veterans', 1)).items;
    expect(item).toMatchObject({ name: 'Veterans Coffee Circle 00', towns: ['Toronto'], attendance: ['IN_PERSON'], byArrangement: false });
    expect(item?.nextMeeting?.timeZone).toBe('America/Toronto');
    expect(item?.nextMeeting?.start.getTime()).toBeGreaterThan(Date.now() - 2 * 3_600_000);
    expect(await getTopic('veterans')).toMatchObject({ slug: 'veterans', name: 'Veterans' });
    expect(await getTopic('not-a-topic')).toBeNull();
  });
});

describe('a visitor browses groups by first letter', () => {
  beforeAll(async () => {
    await createNamed('Éco-anxiety Circle');
    await createNamed('eating Well Together');
    await createNamed('Echo Archived Group', { status: 'ARCHIVED' });
    await createNamed('12 Steps Friends');
    await createNamed('4th Line Parents');
    await createNamed('Zebra Draft Group', { status: 'DRAFT' });
    await createNamed('Quiet Pending Group', { status: 'PENDING_REVIEW' });
  });

  it('files accented names under their plain letter, A–Z regardless of case', async () => {
    const e = await listGroupsByLetter('E', 1);
    expect(e.items.map((g) => g.name)).toEqual(['eating Well Together', 'Éco-anxiety Circle']);
  });

  it('puts names that start with a number under "#"', async () => {
    const digits = await listGroupsByLetter('#', 1);
    expect(digits.items.map((g) => g.name)).toEqual(['12 Steps Friends', '4th Line Parents']);
  });

  it('never lists groups that are not published, nor marks their letters', async () => {
    expect((await listGroupsByLetter('Z', 1)).total).toBe(0);
    expect((await listGroupsByLetter('Q', 1)).total).toBe(0);
    const letters = await listGroupLetters();
    expect(letters.has('E')).toBe(true);
    expect(letters.has('#')).toBe(true);
    expect(letters.has('Z')).toBe(false);
    expect(letters.has('Q')).toBe(false);
  });
});
