// The schedule tests' starting point: weekly on Tuesdays, 19:00–20:30 in
// Toronto from 1 January 2026. Each test overrides only what it is about.
import type { MeetingSchedule } from './types';

export function schedule(overrides: Partial<MeetingSchedule> = {}): MeetingSchedule {
  return {
    recurrence: 'WEEKLY',
    weekdays: [2],
    intervalWeeks: 1,
    monthWeek: null,
    startsOn: new Date('2026-01-01T00:00:00Z'),
    startTime: '19:00',
    endTime: '20:30',
    timeZone: 'America/Toronto',
    ...overrides,
  };
}
