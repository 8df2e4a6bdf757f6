import { describe, expect, it } from 'vitest';
import { proposalChanges, type ListingForProposal } from './changes.ts';
import { proposalFromListing } from './proposal.ts';
import { proposalSchema } from './schema.ts';

const meeting = (id: string, town: string, weekdays: number[]) => ({
  id, attendance: 'IN_PERSON', recurrence: 'WEEKLY', weekdays, monthWeek: null, startTime: '19:00', endTime: '20:30', venueName: 'Library', addressLine1: '1 Main St', town, postalCode: null, onlineUrl: null,
});
const listing: ListingForProposal = {
  name: 'Kingston Grief Circle', summary: 'People grieving a death meet weekly.', description: 'Member-led.', topics: [{ slug: 'grief' }], whoMayAttend: 'BOTH',
  costKind: 'FREE', languages: ['en'], phone: null, email: null, website: null, meetings: [meeting('meeting0001', 'Kingston', [2]), meeting('meeting0002', 'Napanee', [4, 1])],
};

describe('what a correction changes', () => {
  it('finds nothing changed when the form is sent as it was shown, even for a meeting on several days', () => {
    const { changes } = proposalChanges(listing, proposalSchema.parse(proposalFromListing(listing)));
    expect(changes.filter((c) => c.changed)).toEqual([]);
  });

  it('names each changed field once, meetings by their place on the listing, with stored values for the page to put in words', () => {
    const v = proposalFromListing(listing);
    v.languages = ['en', 'fr'];
    v.costKind = 'DONATION';
    v.meetings[1] = { ...v.meetings[1]!, startTime: '18:00' };
    v.meetings[0] = { ...v.meetings[0]!, remove: true };
    v.meetings.push({ ...v.meetings[1]!, ref: '', town: 'Belleville' });
    const { changes } = proposalChanges(listing, proposalSchema.parse(v));
    const changed = changes.filter((c) => c.changed);
    expect(changed.map((c) => [c.key, c.label])).toEqual([
      ['costKind', 'Cost'],
      ['languages', 'Languages'],
      ['meetings.meeting0001.remove', 'Meeting 1: remove it'],
      ['meetings.meeting0002.startTime', 'Meeting 2: starts at'],
      ['meetings.new-2', 'New meeting 1'],
    ]);
    expect(changed[0]).toMatchObject({ before: 'FREE', after: 'DONATION' });
    expect(changes.filter((c) => !c.changed).map((c) => c.key)).toContain('meetings.meeting0002.town');
  });

  it('counts rows about meetings that are no longer listed and leaves them out', () => {
    const v = proposalFromListing(listing);
    v.meetings[0] = { ...v.meetings[0]!, ref: 'meeting9999', town: 'Gone' };
    const r = proposalChanges(listing, proposalSchema.parse(v));
    expect(r.missingMeetings).toBe(1);
    expect(r.changes.some((c) => c.key.includes('meeting9999'))).toBe(false);
  });
});
