import { describe, expect, it } from 'vitest';
import { applyMerge, readMergeChoices } from './merge.ts';
import { blankMeetingValues } from './meeting-rules.ts';
import { emptyGroupValues } from './editable.ts';
import type { GroupFormValues } from './group-rules.ts';

const meeting = (over: Partial<ReturnType<typeof blankMeetingValues>>) => ({ ...blankMeetingValues('2026-01-05'), weekdays: ['2'], startTime: '19:00', town: 'Kingston', ...over });
const listing = (over: Partial<GroupFormValues>): GroupFormValues => ({ ...emptyGroupValues(), name: 'Kingston Grief Circle', meetings: [], ...over });

describe('merging an editor’s version with one saved meanwhile', () => {
  it('takes the fields chosen as theirs and keeps every other typed value', () => {
    const yours = listing({ name: 'Mine', summary: 'My summary', phone: '613-555-0100' });
    const theirs = listing({ name: 'Theirs', summary: 'Their summary', phone: '613-555-0199' });
    const merged = applyMerge(yours, theirs, { name: 'theirs', summary: 'yours' });
    expect(merged).toMatchObject({ name: 'Theirs', summary: 'My summary', phone: '613-555-0100' });
  });

  it('merges a meeting field by field, moving the map position with its coordinates', () => {
    const yours = listing({ meetings: [meeting({ id: 'm1', town: 'Napanee', notes: 'Side door' })] });
    const theirs = listing({ meetings: [meeting({ id: 'm1', town: 'Kingston', latitude: '44.2', longitude: '-76.5', locationSource: 'coordinates' })] });
    const merged = applyMerge(yours, theirs, { 'meetings.m1.town': 'theirs', 'meetings.m1.latitude': 'theirs', 'meetings.m1.notes': 'yours' });
    expect(merged.meetings[0]).toMatchObject({ town: 'Kingston', latitude: '44.2', locationSource: 'coordinates', notes: 'Side door', longitude: '' });
  });

  it('brings back a meeting they added, drops one this editor added, and saves a kept meeting they deleted as new', () => {
    const yours = listing({ meetings: [meeting({ id: 'gone' }), meeting({ town: 'Belleville' })] });
    const theirs = listing({ meetings: [meeting({ id: 'added', town: 'Picton' })] });
    const merged = applyMerge(yours, theirs, { 'meetings.added': 'theirs', 'meetings.new-1': 'theirs', 'meetings.gone': 'yours' });
    expect(merged.meetings.map((m) => [m.id, m.town, m.remove])).toEqual([['', 'Kingston', false], ['', 'Belleville', true], ['added', 'Picton', false]]);
  });

  it('reads only the merge choices from a post, and nothing but “theirs” replaces a value', () => {
    const form = new FormData();
    form.append('name', 'x');
    form.append('merge.name', 'theirs');
    form.append('merge.summary', 'anything');
    form.append('merge.__proto__', 'theirs');
    const choices = readMergeChoices(form);
    expect(choices).toEqual({ name: 'theirs', summary: 'yours', ['__proto__']: 'theirs' });
    const merged = applyMerge(listing({ name: 'Mine' }), listing({ name: 'Theirs' }), choices);
    expect(merged.name).toBe('Theirs');
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
