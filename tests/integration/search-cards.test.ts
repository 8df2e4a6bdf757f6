// The cards a results page shows, read as a visitor in another time zone
// from the server's would see them: when the listing was last checked and
// when it next meets must not shift with the server's clock setting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, buildMeeting, createGroup } from '../../prisma/seed/factories.ts';
import { getSearchCards } from '../../lib/search/cards-data.ts';

const CHECKED = new Date('2025-11-20T23:30:00Z');
const NOW = new Date('2026-12-07T15:00:00Z'); // a Monday, 10 a.m. in Toronto
let id = '';
const zone = process.env.TZ;

beforeAll(async () => {
  // A server whose clock is set to Vancouver: stored times are UTC all the same.
  process.env.TZ = 'America/Vancouver';
  const g = await createGroup(
    db,
    buildGroup({
      slug: 'card-clock-circle',
      name: 'Card Clock Circle',
      lastVerifiedAt: CHECKED,
      topicSlugs: [],
      meetings: [buildMeeting({ recurrence: 'WEEKLY', weekdays: [2], startTime: '19:00', endTime: '20:30', timeZone: 'America/Toronto', town: 'Kingston' })],
    }),
  );
  id = g.id;
}, 60_000);

afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('a results card', () => {
  it('says when the listing was checked to the minute, whatever the server clock’s zone', async () => {
    const card = (await getSearchCards([[{ id, distanceKm: null, matchedMeetingIds: [] }]], NOW))[0]?.[0];
    expect(card?.lastVerifiedAt?.toISOString()).toBe(CHECKED.toISOString());
  });

  it('gives the next meeting at its own wall-clock time: Tuesday 7 p.m. in Toronto', async () => {
    const card = (await getSearchCards([[{ id, distanceKm: null, matchedMeetingIds: [] }]], NOW))[0]?.[0];
    expect(card?.next?.start.toISOString()).toBe('2026-12-09T00:00:00.000Z');
    expect(card?.towns).toEqual(['Kingston']);
  });
});
