import { describe, expect, it } from 'vitest';
import { blankMeetingValues } from '../listings/meeting-schema.ts';
import { proposalSchema } from './schema.ts';
import { emptyGroupValues } from '../listings/editable.ts';
import { applyProposal, emptyProposalValues, proposalValuesFromPayload } from './proposal.ts';

const proposal = proposalSchema.parse({
  ...emptyProposalValues(), name: 'Brantford Caregivers', summary: 'Caregivers meet on Wednesdays.', topicSlugs: ['caregivers', 'unknown'],
  languages: 'English, French', weekday: '3', startTime: '18:30', town: 'Brantford',
});
const topics = new Map([['caregivers', 'topic-1']]);

describe('laying a public proposal over a listing', () => {
  it('starts a new listing from the proposal, with language codes and known topics only', () => {
    const v = applyProposal(null, proposal, topics, '2026-03-01');
    expect(v).toMatchObject({ name: 'Brantford Caregivers', description: 'Caregivers meet on Wednesdays.', languages: 'en, fr', topicIds: ['topic-1'] });
    expect(v.meetings).toHaveLength(1);
    expect(v.meetings[0]).toMatchObject({ weekdays: ['3'], startTime: '18:30', town: 'Brantford', startsOn: '2026-03-01', locationSource: 'gazetteer' });
  });

  it('updates the first meeting of a listing, keeps its other meetings, private contact and saved coordinates when the place is unchanged', () => {
    const first = { ...blankMeetingValues('2025-01-01'), id: 'm1', town: 'Brantford', locationSource: 'coordinates', latitude: '43.1', longitude: '-80.2', weekdays: ['1'], startTime: '19:00' };
    const second = { ...blankMeetingValues('2025-01-01'), id: 'm2', town: 'Paris' };
    const base = { ...emptyGroupValues(), privateContactName: 'Coordinator', meetings: [first, second] };
    const v = applyProposal(base, proposal, topics, '2026-03-01');
    expect(v.privateContactName).toBe('Coordinator');
    expect(v.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(v.meetings[0]).toMatchObject({ weekdays: ['3'], startTime: '18:30', locationSource: 'coordinates', latitude: '43.1', startsOn: '2025-01-01' });
  });

  it('keeps every day of a meeting on several days when the proposal keeps its first day', () => {
    const twice = { ...blankMeetingValues('2025-01-01'), id: 'm1', weekdays: ['3', '5'], startTime: '19:00', town: 'Brantford' };
    const v = applyProposal({ ...emptyGroupValues(), meetings: [twice] }, proposal, topics, '2026-03-01');
    expect(v.meetings[0]?.weekdays).toEqual(['3', '5']);
  });

  it('reads back whatever a stored payload holds, ignoring what does not belong', () => {
    expect(proposalValuesFromPayload({ name: 'X', topicSlugs: ['a', 3], evil: '<script>' })).toMatchObject({ name: 'X', topicSlugs: ['a'] });
    expect(proposalValuesFromPayload(null).name).toBe('');
  });
});
