import { describe, it, expect } from 'vitest';
import { describeSchedule, describeTimeRange } from './describe';
import type { MeetingSchedule } from './types';
import { schedule } from './test-schedule';

describe('describeSchedule', () => {
  it.each<[string, Partial<MeetingSchedule>]>([
    ['Every Tuesday, 7–8:30 pm', {}],
    ['Every Monday and Thursday, 10–11:30 am', { weekdays: [1, 4], startTime: '10:00', endTime: '11:30' }],
    ['Every 2 weeks on Wednesday, 6:30–8 pm', { weekdays: [3], intervalWeeks: 2, startTime: '18:30', endTime: '20:00' }],
    ['2nd Tuesday of the month, 7–8:30 pm', { recurrence: 'MONTHLY_NTH', monthWeek: 2 }],
    ['Last Friday of the month, 1–3 pm', { recurrence: 'MONTHLY_NTH', weekdays: [5], monthWeek: -1, startTime: '13:00', endTime: '15:00' }],
    ['By arrangement — contact the group', { recurrence: 'BY_ARRANGEMENT', startTime: null, endTime: null }],
  ])('%s', (expected, overrides) => {
    expect(describeSchedule(schedule(overrides))).toBe(expected);
  });

  it('uses 1st, 3rd and 4th ordinals', () => {
    expect(describeSchedule(schedule({ recurrence: 'MONTHLY_NTH', weekdays: [1], monthWeek: 1 }))).toBe('1st Monday of the month, 7–8:30 pm');
    expect(describeSchedule(schedule({ recurrence: 'MONTHLY_NTH', weekdays: [7], monthWeek: 3 }))).toBe('3rd Sunday of the month, 7–8:30 pm');
    expect(describeSchedule(schedule({ recurrence: 'MONTHLY_NTH', weekdays: [6], monthWeek: 4 }))).toBe('4th Saturday of the month, 7–8:30 pm');
  });

  it('lists three or more days with commas, in week order, without duplicates', () => {
    expect(describeSchedule(schedule({ weekdays: [5, 1, 3, 1] }))).toBe('Every Monday, Wednesday and Friday, 7–8:30 pm');
  });

  it('omits the time when there is none and the end when there is none', () => {
    expect(describeSchedule(schedule({ startTime: null, endTime: null }))).toBe('Every Tuesday');
    expect(describeSchedule(schedule({ endTime: null }))).toBe('Every Tuesday, 7 pm');
  });

  it('stays readable with bad data instead of throwing', () => {
    expect(describeSchedule(schedule({ weekdays: [] }))).toBe('Weekly, 7–8:30 pm');
    expect(describeSchedule(schedule({ intervalWeeks: 0 }))).toBe('Every Tuesday, 7–8:30 pm');
    expect(describeSchedule(schedule({ recurrence: 'MONTHLY_NTH', monthWeek: 5 }))).toBe('Monthly, 7–8:30 pm');
    expect(describeSchedule(schedule({ startTime: '7pm' }))).toBe('Every Tuesday');
  });
});

describe('describeTimeRange', () => {
  it.each([
    ['19:00', null, '7 pm'],
    ['19:30', null, '7:30 pm'],
    ['19:00', '20:30', '7–8:30 pm'],
    ['10:00', '11:30', '10–11:30 am'],
    ['11:00', '13:00', '11 am–1 pm'],
    ['12:00', '13:00', '12–1 pm'],
    ['00:00', '01:00', '12–1 am'],
    ['23:00', '01:00', '11 pm–1 am'],
    ['09:05', '09:50', '9:05–9:50 am'],
  ])('%s–%s → %s', (start, end, expected) => {
    expect(describeTimeRange(start, end)).toBe(expected);
  });
});
