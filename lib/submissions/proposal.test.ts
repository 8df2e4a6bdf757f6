import { describe, expect, it } from 'vitest';
import { blankMeetingValues } from '../listings/meeting-schema.ts';
import { blankProposalMeeting, parseSubmission, proposalSchema, readStoredProposal } from './schema.ts';
import { emptyGroupValues } from '../listings/editable.ts';
import { applyProposal, emptyProposalValues, proposalValuesFromPayload } from './proposal.ts';

const wednesday = { ...blankProposalMeeting(), weekday: '3', startTime: '18:30', town: 'Brantford' };
const proposal = proposalSchema.parse({
  ...emptyProposalValues(), name: 'Brantford Caregivers', summary: 'Caregivers meet on Wednesdays.', topicSlugs: ['caregivers', 'unknown'],
  languages: ['en', 'fr'], meetings: [wednesday],
});
const topics = new Map([['caregivers', 'topic-1']]);

describe('laying a public proposal over a listing', () => {
  it('starts a new listing from the proposal, with its languages and known topics only', () => {
    const v = applyProposal(null, proposal, topics, '2026-03-01');
    expect(v).toMatchObject({ name: 'Brantford Caregivers', description: 'Caregivers meet on Wednesdays.', languages: 'en, fr', topicIds: ['topic-1'] });
    expect(v.meetings).toHaveLength(1);
    expect(v.meetings[0]).toMatchObject({ weekdays: ['3'], startTime: '18:30', town: 'Brantford', startsOn: '2026-03-01', locationSource: 'gazetteer' });
  });

  const first = { ...blankMeetingValues('2025-01-01'), id: 'meeting0001', town: 'Brantford', locationSource: 'coordinates', latitude: '43.1', longitude: '-80.2', weekdays: ['1'], startTime: '19:00' };
  const second = { ...blankMeetingValues('2025-01-01'), id: 'meeting0002', town: 'Paris', weekdays: ['2'], startTime: '10:00' };
  const base = { ...emptyGroupValues(), name: 'Old name', privateContactName: 'Coordinator', meetings: [first, second] };

  it('corrects the meeting each row names, keeping private contact and saved coordinates when the place is unchanged', () => {
    const p = proposalSchema.parse({ ...proposal, meetings: [{ ...wednesday, ref: 'meeting0001' }, { ...wednesday, ref: 'meeting0002', town: 'Paris', startTime: '11:00' }] });
    const v = applyProposal(base, p, topics, '2026-03-01');
    expect(v.privateContactName).toBe('Coordinator');
    expect(v.meetings.map((m) => m.id)).toEqual(['meeting0001', 'meeting0002']);
    expect(v.meetings[0]).toMatchObject({ weekdays: ['3'], startTime: '18:30', locationSource: 'coordinates', latitude: '43.1', startsOn: '2025-01-01' });
    expect(v.meetings[1]).toMatchObject({ startTime: '11:00', town: 'Paris' });
  });

  it('applies only the accepted changes: one field of the second meeting, a removal, not the new name', () => {
    const p = proposalSchema.parse({ ...proposal, meetings: [{ ...wednesday, ref: 'meeting0001', remove: true }, { ...wednesday, ref: 'meeting0002', town: 'Paris', startTime: '11:00' }, { ...wednesday, town: 'Simcoe' }] });
    const v = applyProposal(base, p, topics, '2026-03-01', new Set(['meetings.meeting0001.remove', 'meetings.meeting0002.startTime']));
    expect(v.name).toBe('Old name');
    expect(v.meetings).toHaveLength(2);
    expect(v.meetings[0]?.remove).toBe(true);
    expect(v.meetings[1]).toMatchObject({ startTime: '11:00', weekdays: ['2'] });
  });

  it('adds a new meeting only when it is accepted', () => {
    const p = proposalSchema.parse({ ...proposal, meetings: [{ ...wednesday, ref: 'meeting0001' }, { ...wednesday, town: 'Simcoe' }] });
    expect(applyProposal(base, p, topics, '2026-03-01', new Set()).meetings).toHaveLength(2);
    const v = applyProposal(base, p, topics, '2026-03-01', new Set(['meetings.new-1']));
    expect(v.meetings.map((m) => m.town)).toEqual(['Brantford', 'Paris', 'Simcoe']);
  });

  it('keeps every day of a meeting on several days when the proposal keeps its first day', () => {
    const twice = { ...blankMeetingValues('2025-01-01'), id: 'meeting0001', weekdays: ['3', '5'], startTime: '19:00', town: 'Brantford' };
    const p = proposalSchema.parse({ ...proposal, meetings: [{ ...wednesday, ref: 'meeting0001' }] });
    const v = applyProposal({ ...emptyGroupValues(), meetings: [twice] }, p, topics, '2026-03-01');
    expect(v.meetings[0]?.weekdays).toEqual(['3', '5']);
  });

  it('reads back whatever a stored payload holds, ignoring what does not belong', () => {
    expect(proposalValuesFromPayload({ name: 'X', topicSlugs: ['a', 3], evil: '<script>', meetings: [{ ref: 'meeting0001', town: 7, remove: true }] })).toMatchObject({
      name: 'X', topicSlugs: ['a'], meetings: [{ ref: 'meeting0001', town: '', remove: true }],
    });
    expect(proposalValuesFromPayload(null).name).toBe('');
  });

  it('reads a proposal kept before every meeting could be corrected as a correction to the first meeting, languages as tags', () => {
    const old = { ...proposal, meetings: undefined, languages: 'English, French', attendance: 'IN_PERSON', recurrence: 'WEEKLY', weekday: '3', monthWeek: '', startTime: '18:30', endTime: '', venueName: '', addressLine1: '', town: 'Brantford', postalCode: '', onlineUrl: '' };
    const p = readStoredProposal(JSON.parse(JSON.stringify(old)));
    expect(p?.languages).toEqual(['en', 'fr']);
    expect(p?.meetings).toEqual([expect.objectContaining({ ref: 'first', town: 'Brantford', weekday: '3' })]);
    expect(applyProposal(base, p!, topics, '2026-03-01').meetings[0]).toMatchObject({ id: 'meeting0001', weekdays: ['3'] });
  });
});

describe('the public proposal schema', () => {
  it('asks for at least one language and one meeting, and names the meeting row to fix', () => {
    const r = proposalSchema.safeParse({ ...proposal, languages: [], meetings: [{ ...wednesday, ref: 'meeting0001', remove: true }, { ...wednesday, startTime: '' }] });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['languages', 'meetings.1.startTime']));
    expect(proposalSchema.safeParse({ ...proposal, meetings: [{ ...wednesday, ref: 'meeting0001', remove: true }] }).error?.issues[0]?.message).toMatch(/at least one meeting/);
  });
});

describe('a sent correction with several mistakes', () => {
  it('names them all at once: the submitter’s address and the meeting times', () => {
    const v = {
      kind: 'UPDATE', groupSlug: 'brantford-caregivers', idempotencyKey: 'a-key-of-sixteen-chars', homepage: '', submitterName: 'Casey', submitterEmail: 'casey', message: '',
      proposal: { ...emptyProposalValues(), name: 'Brantford Caregivers', summary: 'Caregivers meet on Wednesdays.', meetings: [{ ...wednesday, startTime: '18:15', endTime: '11:30' }] },
    };
    const r = parseSubmission(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(['meetings.0.endTime', 'submitterEmail']);
  });
});
