// Groups for the open-data tests: one of every recurrence and attendance
// kind, one with a sponsoring organization, private contact details that
// must never leave the staff console, and groups that are not published.
import type { Db } from '../../lib/db-client.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../prisma/seed/factories.ts';

/** Strings only staff may see: no export, feed or API response may contain them. */
export const PRIVATE_STRINGS = ['Private Contact Person', 'private-contact@example.org', '613-555-0142', 'secret-on-request.example'];

const privateContact = {
  privateContactName: 'Private Contact Person',
  privateContactEmail: 'private-contact@example.org',
  privateContactPhone: '613-555-0142',
};

export const FIXTURE = {
  hybrid: 'open-data-hybrid-every-other-week',
  monthly: 'open-data-online-second-tuesday',
  lastFriday: 'open-data-phone-last-friday',
  arrangement: 'open-data-by-arrangement',
  dst: 'open-data-sunday-early-toronto',
  draft: 'open-data-draft-circle',
  archived: 'open-data-archived-circle',
} as const;

export async function createOpenDataFixtures(db: Db) {
  await createTopics(db);
  const sponsor = await db.organization.create({
    data: { name: 'Kingston Family Services', description: 'A family service agency that hosts peer groups.', website: 'https://family.example.org', phone: '613-555-0100' },
    select: { id: true },
  });
  const hybrid = await createGroup(
    db,
    buildGroup({
      slug: FIXTURE.hybrid,
      name: 'Open Data Hybrid Caregivers',
      topicSlugs: ['caregiving', 'bereavement'],
      languages: ['en', 'fr'],
      costKind: 'DONATION',
      costDescription: 'A basket is passed; give what you can.',
      accessibilityFeatures: ['wheelchair', 'accessible-washroom'],
      accessibilityNotes: 'Ramp at the side door.',
      email: 'caregivers@example.org',
      website: 'https://caregivers.example.org/',
      ...privateContact,
      meetings: [
        buildMeeting({
          recurrence: 'WEEKLY',
          weekdays: [1, 4],
          intervalWeeks: 2,
          startsOn: new Date(Date.UTC(2025, 0, 6)),
          startTime: '18:30',
          endTime: '20:00',
          attendance: 'HYBRID',
          venueName: 'Central Library',
          addressLine1: '130 Johnson Street',
          town: 'Kingston',
          region: 'ON',
          postalCode: 'K7L 1X8',
          latitude: 44.2312,
          longitude: -76.486,
          onlineUrl: 'https://meet.example.org/caregivers',
          notes: 'Use the side door after 6 pm.',
        }),
      ],
    }),
  );
  await db.group.update({ where: { id: hybrid.id }, data: { organizationId: sponsor.id } });
  await createGroup(
    db,
    buildGroup({
      slug: FIXTURE.monthly,
      name: 'Open Data Online Second Tuesday',
      topicSlugs: ['mental-health'],
      ...privateContact,
      meetings: [
        buildMeeting({
          recurrence: 'MONTHLY_NTH',
          weekdays: [2],
          monthWeek: 2,
          startTime: '19:00',
          endTime: '20:30',
          attendance: 'ONLINE',
          venueName: null,
          addressLine1: null,
          town: null,
          postalCode: null,
          latitude: null,
          longitude: null,
          onlineUrl: 'https://secret-on-request.example/room',
          onlineOnRequest: true,
        }),
      ],
    }),
  );
  await createGroup(
    db,
    buildGroup({
      slug: FIXTURE.lastFriday,
      name: 'Open Data Phone Last Friday',
      topicSlugs: ['bereavement'],
      phone: null,
      ...privateContact,
      meetings: [
        buildMeeting({
          recurrence: 'MONTHLY_NTH',
          weekdays: [5],
          monthWeek: -1,
          startTime: '10:00',
          endTime: '11:00',
          attendance: 'PHONE',
          venueName: null,
          addressLine1: null,
          town: null,
          postalCode: null,
          latitude: null,
          longitude: null,
          dialIn: '1-888-555-0123',
        }),
      ],
    }),
  );
  await createGroup(
    db,
    buildGroup({
      slug: FIXTURE.arrangement,
      name: 'Open Data By Arrangement',
      topicSlugs: ['bereavement'],
      meetings: [buildMeeting({ recurrence: 'BY_ARRANGEMENT', weekdays: [], startTime: null, endTime: null })],
    }),
  );
  // Weekly on Sundays at 01:30 in Toronto: the night the clocks change runs through 2 am.
  await createGroup(
    db,
    buildGroup({
      slug: FIXTURE.dst,
      name: 'Open Data Sunday Early',
      topicSlugs: ['bereavement'],
      meetings: [buildMeeting({ weekdays: [7], startTime: '01:30', endTime: '02:45', startsOn: new Date(Date.UTC(2026, 0, 4)) })],
    }),
  );
  await createGroup(db, buildGroup({ slug: FIXTURE.draft, name: 'Open Data Draft Circle', status: 'DRAFT', topicSlugs: ['bereavement'] }));
  await createGroup(db, buildGroup({ slug: FIXTURE.archived, name: 'Open Data Archived Circle', status: 'ARCHIVED', topicSlugs: ['bereavement'] }));
}
