// Staff read a proposal's changes in the public pages' words, never as codes.
import { describe, expect, it } from 'vitest';
import { changeRow } from '@/components/staff/submissions/change-words';
import type { ProposalChange } from '@/lib/submissions/changes';
import { blankProposalMeeting } from '@/lib/submissions/schema';

const topics = new Map([['grief', 'Grief and loss']]);
const field = (f: Extract<ProposalChange, { kind: 'field' }>['field'], before: string | string[], after: string | string[]): ProposalChange => ({ kind: 'field', key: f, label: f, field: f, before, after, changed: true });
const meetingField = (f: Extract<ProposalChange, { kind: 'meeting-field' }>['field'], before: string, after: string): ProposalChange => ({ kind: 'meeting-field', key: `meetings.m1.${f}`, label: f, meeting: 1, field: f, before, after, changed: true });

describe('a proposal change in words', () => {
  it('names who may attend, the cost, languages and topics as the public pages do', () => {
    expect(changeRow(field('whoMayAttend', 'BOTH', 'FAMILY_AND_FRIENDS'), topics)).toMatchObject({ after: 'Family members and friends of someone living with this concern' });
    expect(changeRow(field('costKind', 'FREE', 'DONATION'), topics)).toMatchObject({ before: 'Free', after: 'Voluntary donation' });
    expect(changeRow(field('languages', ['en'], ['fr', 'en']), topics)).toMatchObject({ before: 'English', after: 'English, French' });
    expect(changeRow(field('topicSlugs', [], ['grief']), topics).after).toBe('Grief and loss');
  });

  it('says a meeting’s attendance, days, week and times in words', () => {
    expect(changeRow(meetingField('attendance', 'IN_PERSON', 'HYBRID'), topics)).toMatchObject({ before: 'In person', after: 'In person and online' });
    expect(changeRow(meetingField('weekday', '2,4', '6'), topics)).toMatchObject({ before: 'Tuesday and Thursday', after: 'Saturday' });
    expect(changeRow(meetingField('monthWeek', '', '-1'), topics)).toMatchObject({ before: '', after: 'Last' });
    expect(changeRow(meetingField('startTime', '19:00', '18:15'), topics)).toMatchObject({ before: '7 pm', after: '6:15 pm' });
    expect(changeRow(meetingField('recurrence', 'WEEKLY', 'MONTHLY_NTH'), topics)).toMatchObject({ before: 'Every week', after: 'Once a month' });
  });

  it('sums up a new meeting in one line', () => {
    const after = { ...blankProposalMeeting(), attendance: 'ONLINE' as const, recurrence: 'WEEKLY' as const, weekday: '6', startTime: '10:00', onlineUrl: 'https://meet.example.org/x' };
    expect(changeRow({ kind: 'meeting-added', key: 'meetings.new-2', label: 'New meeting 1', after, changed: true }, topics).after).toBe('Every Saturday, 10 am · Online · https://meet.example.org/x');
  });
});
