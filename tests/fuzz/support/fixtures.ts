// A small directory for the fuzz tests: the topics and a few published
// groups whose stored text is itself hostile, so every page that shows them
// also proves it escapes what staff or visitors typed.
import { db } from '../../support/db.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../../prisma/seed/factories.ts';
import { refreshNextMeetings } from '../../../lib/listings/next-meetings.ts';

export const HOSTILE_NAME = 'Grief <script>alert(1)</script> Circle "><img src=x onerror=alert(1)>';

export const fuzzGroups = { open: 'fuzz-open-circle', private: 'fuzz-private-circle', hostile: 'fuzz-hostile-circle' };

export async function createFuzzDirectory(): Promise<void> {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: fuzzGroups.open, name: 'Fuzz Open Circle', topicSlugs: ['bereavement'] }));
  await createGroup(db, buildGroup({ slug: fuzzGroups.private, name: 'Fuzz Private Circle', phone: null, email: null, website: null, privateContactEmail: 'facilitator@fuzz-private.example.org', topicSlugs: ['mental-health'] }));
  await createGroup(
    db,
    buildGroup({
      slug: fuzzGroups.hostile,
      name: HOSTILE_NAME,
      summary: "</textarea><b>bold</b> ' OR 1=1 -- & | ! <-> :*",
      description: '<svg onload=alert(1)> \u202e\u200b %E0%A4%A',
      topicSlugs: ['bereavement'],
      meetings: [buildMeeting({ venueName: '<b>bold</b> Hall', town: 'Kingston' })],
    }),
  );
  await refreshNextMeetings(new Date());
}
