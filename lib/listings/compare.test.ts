import { describe, expect, it } from 'vitest';
import { blankMeetingValues } from './meeting-schema.ts';
import type { GroupFormValues } from './schema.ts';
import { compareGroupValues } from './compare.ts';

const meeting = { ...blankMeetingValues('2026-01-05'), id: 'm1', weekdays: ['2'], startTime: '19:00', town: 'Barrie' };
const base: GroupFormValues = {
  name: 'Barrie Parents', slug: 'barrie-parents', summary: 'Parents meet weekly.', description: 'd', whoMayAttend: 'BOTH', leadership: '1',
  languages: 'en', costKind: 'FREE', costDescription: '', accessibilityFeatures: [], accessibilityNotes: '', phone: '', email: '',
  website: '', privateContactName: '', privateContactPhone: '', privateContactEmail: '', organizationId: '', topicIds: ['t1'], meetings: [meeting],
};

describe('comparing two versions of a listing', () => {
  it('lists only the fields that differ, with topic names instead of ids', () => {
    const yours = { ...base, summary: 'Parents of teens meet weekly.', topicIds: ['t2', 't1'] };
    const diff = compareGroupValues(base, yours, { topics: new Map([['t1', 'Parenting'], ['t2', 'Youth']]) });
    expect(diff).toEqual([
      { key: 'summary', label: 'Summary', theirs: 'Parents meet weekly.', yours: 'Parents of teens meet weekly.' },
      { key: 'topicIds', label: 'Topics', theirs: 'Parenting', yours: 'Parenting, Youth' },
    ]);
  });

  it('reports a changed meeting field, a removed meeting and an added one', () => {
    const changed = compareGroupValues(base, { ...base, meetings: [{ ...meeting, startTime: '18:30' }] });
    expect(changed).toEqual([{ key: 'meetings.m1.startTime', label: 'Meeting 1: Start time', theirs: '19:00', yours: '18:30' }]);
    const removed = compareGroupValues(base, { ...base, meetings: [{ ...meeting, remove: true }] });
    expect(removed[0]).toMatchObject({ label: 'Meeting 1', yours: '(removed)' });
    const added = compareGroupValues(base, { ...base, meetings: [meeting, { ...meeting, id: '', town: 'Orillia' }] });
    expect(added[0]).toMatchObject({ label: 'Meeting 2', theirs: '(no such meeting)' });
    expect(added[0]?.yours).toContain('Orillia');
  });

  it('finds nothing to show when both are the same', () => {
    expect(compareGroupValues(base, structuredClone(base))).toEqual([]);
  });
});
