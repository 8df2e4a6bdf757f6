import { describe, expect, it } from 'vitest';
import { scheduleInWords } from './schedule-words.ts';
import { blankMeetingValues } from './meeting-rules.ts';

const row = (over: Partial<ReturnType<typeof blankMeetingValues>>) => ({ ...blankMeetingValues('2026-01-05'), ...over });

describe('a meeting schedule read back to staff as they type it', () => {
  it('says a monthly meeting the way the group page says it', () => {
    expect(scheduleInWords(row({ recurrence: 'MONTHLY_NTH', weekdays: ['2'], monthWeek: '2', startTime: '19:00', endTime: '20:30' }))).toBe('2nd Tuesday of the month, 7–8:30 pm');
  });

  it('says the last weekday of the month', () => {
    expect(scheduleInWords(row({ recurrence: 'MONTHLY_NTH', weekdays: ['4'], monthWeek: '-1', startTime: '18:30', endTime: '' }))).toBe('Last Thursday of the month, 6:30 pm');
  });

  it('says weekly and every-other-week meetings with their days', () => {
    expect(scheduleInWords(row({ weekdays: ['1', '4'], startTime: '10:00', endTime: '11:30' }))).toBe('Every Monday and Thursday, 10–11:30 am');
    expect(scheduleInWords(row({ weekdays: ['3'], intervalWeeks: '2', startTime: '11:00', endTime: '13:00' }))).toBe('Every 2 weeks on Wednesday, 11 am–1 pm');
  });

  it('leaves out what is not filled in yet instead of guessing', () => {
    expect(scheduleInWords(row({ weekdays: [], startTime: '' }))).toBe('Weekly');
    expect(scheduleInWords(row({ weekdays: ['2'], startTime: '7pm' }))).toBe('Every Tuesday');
    expect(scheduleInWords(row({ recurrence: 'MONTHLY_NTH', weekdays: ['2'], monthWeek: '' }))).toBe('Monthly');
    expect(scheduleInWords(row({ weekdays: ['2'], intervalWeeks: 'x', startTime: '19:00' }))).toBe('Every Tuesday, 7 pm');
  });

  it('says a meeting by arrangement as the group page does, whatever else is typed', () => {
    expect(scheduleInWords(row({ recurrence: 'BY_ARRANGEMENT', weekdays: ['2'], startTime: '19:00', timeZone: 'America/Winnipeg' }))).toBe('By arrangement — contact the group');
  });

  it('names a time zone other than the directory’s own by its everyday name', () => {
    expect(scheduleInWords(row({ weekdays: ['5'], startTime: '19:00', timeZone: 'America/Winnipeg' }))).toBe('Every Friday, 7 pm Central time');
    expect(scheduleInWords(row({ weekdays: ['5'], startTime: '19:00', timeZone: 'Asia/Kolkata' }))).toBe('Every Friday, 7 pm (Asia/Kolkata time)');
  });
});
