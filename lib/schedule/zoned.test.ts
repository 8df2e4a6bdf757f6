import { describe, it, expect } from 'vitest';
import {
  formatDateInZone,
  formatInZone,
  formatTimeInZone,
  isValidTimeZone,
  utcToZoned,
  zoneAbbreviation,
  zonedToUtc,
  zoneOffsetMs,
} from './zoned';
import { addDays } from './civil';

const TORONTO = 'America/Toronto';
const SYDNEY = 'Australia/Sydney';
const HOUR = 3_600_000;

describe('zonedToUtc', () => {
  it('converts ordinary winter and summer wall times in Toronto', () => {
    expect(zonedToUtc({ year: 2026, month: 1, day: 6 }, { hour: 19, minute: 0 }, TORONTO).toISOString()).toBe('2026-01-07T00:00:00.000Z');
    expect(zonedToUtc({ year: 2026, month: 7, day: 7 }, { hour: 19, minute: 0 }, TORONTO).toISOString()).toBe('2026-07-07T23:00:00.000Z');
  });

  it('moves a nonexistent spring-forward time forward by the gap (02:30 → 03:30 EDT)', () => {
    const instant = zonedToUtc({ year: 2026, month: 3, day: 8 }, { hour: 2, minute: 30 }, TORONTO);
    expect(instant.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(utcToZoned(instant, TORONTO)).toMatchObject({ day: 8, hour: 3, minute: 30 });
  });

  it('takes the earlier instant for an ambiguous fall-back time (01:30 EDT, not EST)', () => {
    const instant = zonedToUtc({ year: 2026, month: 11, day: 1 }, { hour: 1, minute: 30 }, TORONTO);
    expect(instant.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles the southern-hemisphere gap and overlap (Sydney, October and April)', () => {
    // 2026-10-04 02:00 AEST → 03:00 AEDT
    expect(zonedToUtc({ year: 2026, month: 10, day: 4 }, { hour: 2, minute: 30 }, SYDNEY).toISOString()).toBe('2026-10-03T16:30:00.000Z');
    // 2026-04-05 03:00 AEDT → 02:00 AEST; 02:30 happens twice, first at +11
    expect(zonedToUtc({ year: 2026, month: 4, day: 5 }, { hour: 2, minute: 30 }, SYDNEY).toISOString()).toBe('2026-04-04T15:30:00.000Z');
  });

  it('round-trips 19:00 on every day of 2026 in several zones', () => {
    for (const zone of [TORONTO, SYDNEY, 'Europe/London', 'America/St_Johns', 'Asia/Kolkata', 'UTC']) {
      for (let i = 0; i < 365; i++) {
        const date = addDays({ year: 2026, month: 1, day: 1 }, i);
        const local = utcToZoned(zonedToUtc(date, { hour: 19, minute: 0 }, zone), zone);
        expect({ ...local, zone }).toEqual({ ...date, hour: 19, minute: 0, second: 0, zone });
      }
    }
  });
});

describe('zoneOffsetMs', () => {
  it('reports -05 in winter and -04 in summer for Toronto, with fractional zones intact', () => {
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), TORONTO)).toBe(-5 * HOUR);
    expect(zoneOffsetMs(new Date('2026-07-15T12:00:00Z'), TORONTO)).toBe(-4 * HOUR);
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe(-3.5 * HOUR);
  });
});

describe('formatting', () => {
  const evening = new Date('2026-03-10T23:00:00Z'); // 19:00 EDT

  it('formats dates and times in en-CA by default', () => {
    expect(formatDateInZone(evening, TORONTO)).toBe('Tuesday, March 10, 2026');
    expect(formatTimeInZone(evening, TORONTO)).toBe('7:00 p.m.');
    expect(formatInZone(evening, TORONTO)).toEqual({ date: 'Tuesday, March 10, 2026', time: '7:00 p.m.', zone: 'EDT' });
  });

  it('formats in the meeting zone, not the server zone', () => {
    expect(formatDateInZone(evening, SYDNEY)).toBe('Wednesday, March 11, 2026');
    expect(formatTimeInZone(evening, SYDNEY)).toBe('10:00 a.m.');
  });

  it('gives EST/EDT abbreviations', () => {
    expect(zoneAbbreviation(new Date('2026-01-15T12:00:00Z'), TORONTO)).toBe('EST');
    expect(zoneAbbreviation(evening, TORONTO)).toBe('EDT');
    expect(zoneAbbreviation(new Date('2026-01-15T12:00:00Z'), SYDNEY, 'en-AU')).toBe('AEDT');
  });

  it('recognises valid and invalid zones', () => {
    expect(isValidTimeZone(TORONTO)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
