import { describe, it, expect } from 'vitest';
import { icsFileName, meetingToIcs } from './ics';
import type { MeetingSchedule } from './types';
import { zoneOffsetMs } from './zoned';
import ICAL from 'ical.js';
import { schedule } from './test-schedule';

// The calendar file is read back with ical.js (ICAL.parse returns jCal, RFC 7265).
const parseJcal: (ics: string) => unknown = ICAL.parse;

type JcalProperty = [name: string, params: Record<string, string>, type: string, ...values: unknown[]];
type Jcal = [name: string, properties: JcalProperty[], components: Jcal[]];

function asJcal(value: unknown): Jcal {
  const single = Array.isArray(value) && Array.isArray(value[0]) ? value[0] : value;
  if (!Array.isArray(single) || typeof single[0] !== 'string' || !Array.isArray(single[1]) || !Array.isArray(single[2])) {
    throw new Error('not a jCal component');
  }
  return single as Jcal;
}

const children = (c: Jcal, name: string): Jcal[] => c[2].filter((child) => child[0] === name);
const child = (c: Jcal, name: string): Jcal => {
  const found = children(c, name)[0];
  if (!found) throw new Error(`no ${name} in ${c[0]}`);
  return found;
};
const property = (c: Jcal, name: string): JcalProperty | undefined => c[1].find((p) => p[0] === name);
const value = (c: Jcal, name: string): unknown => property(c, name)?.[3];

// ---------------------------------------------------------------------------

const NOW = new Date('2026-02-01T12:34:56Z');

function ics(overrides: Partial<MeetingSchedule> = {}, extra: { title?: string; description?: string; location?: string; url?: string } = {}): string {
  return meetingToIcs({ uid: 'meeting-123@selfhelp.example', title: 'Bereavement support', schedule: schedule(overrides), now: NOW, ...extra });
}

function event(text: string): Jcal {
  return child(asJcal(parseJcal(text)), 'vevent');
}

describe('meetingToIcs — parsed back', () => {
  it('has a weekly RRULE and a local DTSTART/DTEND with TZID', () => {
    const vevent = event(ics());
    expect(property(vevent, 'dtstart')).toEqual(['dtstart', { tzid: 'America/Toronto' }, 'date-time', '2026-01-06T19:00:00']);
    expect(property(vevent, 'dtend')).toEqual(['dtend', { tzid: 'America/Toronto' }, 'date-time', '2026-01-06T20:30:00']);
    expect(value(vevent, 'rrule')).toMatchObject({ freq: 'WEEKLY', byday: 'TU' });
    expect(value(vevent, 'dtstamp')).toBe('2026-02-01T12:34:56Z');
    expect(value(vevent, 'uid')).toBe('meeting-123@selfhelp.example');
  });

  it('round-trips a SUMMARY with a comma, semicolon, backslash and newline, escaped on the wire', () => {
    const title = 'Grief, loss; support \\ group\nWednesdays';
    const text = ics({}, { title, description: 'Bring a friend,\nif you like', location: 'Room 2, 123 Main St.' });
    expect(text).toContain('SUMMARY:Grief\\, loss\\; support \\\\ group\\nWednesdays\r\n');
    const vevent = event(text);
    expect(value(vevent, 'summary')).toBe(title);
    expect(value(vevent, 'description')).toBe('Bring a friend,\nif you like');
    expect(value(vevent, 'location')).toBe('Room 2, 123 Main St.');
  });

  it('writes several weekdays, an interval and a Monday week start', () => {
    const vevent = event(ics({ weekdays: [4, 2], intervalWeeks: 2 }));
    expect(value(vevent, 'rrule')).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: ['TU', 'TH'], wkst: 2 /* MO */ });
    expect(value(vevent, 'dtstart')).toBe('2026-01-01T19:00:00'); // Thu Jan 1 is in the anchor week
  });

  it('starts an every-2-weeks series on the first meeting of the anchored phase', () => {
    const vevent = event(ics({ weekdays: [3], intervalWeeks: 2, startTime: '18:30', endTime: '20:00' }));
    expect(value(vevent, 'dtstart')).toBe('2026-01-14T18:30:00');
  });

  it('writes nth and last weekday of the month', () => {
    const second = event(ics({ recurrence: 'MONTHLY_NTH', monthWeek: 2 }));
    expect(value(second, 'rrule')).toEqual({ freq: 'MONTHLY', byday: '2TU' });
    expect(value(second, 'dtstart')).toBe('2026-01-13T19:00:00');
    const last = event(ics({ recurrence: 'MONTHLY_NTH', weekdays: [5], monthWeek: -1, startTime: '13:00', endTime: '15:00' }));
    expect(value(last, 'rrule')).toEqual({ freq: 'MONTHLY', byday: '-1FR' });
    expect(value(last, 'dtstart')).toBe('2026-01-30T13:00:00');
  });

  it('keeps the nominal wall time for a DTSTART in a DST gap, and ends next day past midnight', () => {
    const gap = event(ics({ weekdays: [7], startTime: '02:30', endTime: null, startsOn: new Date('2026-03-08T00:00:00Z') }));
    expect(value(gap, 'dtstart')).toBe('2026-03-08T02:30:00');
    expect(property(gap, 'dtend')).toBeUndefined();
    const late = event(ics({ weekdays: [5], startTime: '23:00', endTime: '01:00' }));
    expect([value(late, 'dtstart'), value(late, 'dtend')]).toEqual(['2026-01-02T23:00:00', '2026-01-03T01:00:00']);
  });

  it('includes a VTIMEZONE for the TZID with Toronto’s current rules', () => {
    const vtimezone = child(asJcal(parseJcal(ics())), 'vtimezone');
    expect(value(vtimezone, 'tzid')).toBe('America/Toronto');
    const daylight = child(vtimezone, 'daylight');
    const standard = child(vtimezone, 'standard');
    expect([value(daylight, 'tzoffsetfrom'), value(daylight, 'tzoffsetto'), value(daylight, 'tzname')]).toEqual(['-05:00', '-04:00', 'EDT']);
    expect(value(daylight, 'rrule')).toEqual({ freq: 'YEARLY', bymonth: 3, byday: '2SU' });
    expect([value(standard, 'tzoffsetfrom'), value(standard, 'tzoffsetto'), value(standard, 'tzname')]).toEqual(['-04:00', '-05:00', 'EST']);
    expect(value(standard, 'rrule')).toEqual({ freq: 'YEARLY', bymonth: 11, byday: '1SU' });
    // Observances must start no later than the event so its DTSTART is covered.
    expect(String(value(standard, 'dtstart')) < '2026-01-06').toBe(true);
  });

  it('writes URL as a URI, without TEXT escaping', () => {
    const page = 'https://selfhelp.example/groups/grief-support-toronto';
    expect(property(event(ics({}, { url: page })), 'url')).toEqual(['url', {}, 'uri', page]);
    // ical-generator would write "a=1\,2"; the characters it escapes are percent-encoded
    // instead, so a calendar app opens the same address.
    const url = String(value(event(ics({}, { url: 'https://selfhelp.example/groups/grief?a=1,2;b=\\' })), 'url'));
    expect(url).not.toContain('\\');
    expect(new URL(url).searchParams.get('a')).toBe('1,2;b=\\');
  });

  it('reads every newline style in a TEXT value back as a newline', () => {
    const vevent = event(ics({}, { description: 'one\r\ntwo\rthree\nfour' }));
    expect(value(vevent, 'description')).toBe('one\ntwo\nthree\nfour');
  });
});

/** The offsets a calendar app would derive from our VTIMEZONE (minimal RFC 5545 observance evaluation). */
function vtimezoneOffsetMs(vtimezone: Jcal): (instant: number) => number {
  const parseOffset = (v: unknown) => {
    const m = /^([+-])(\d{2}):(\d{2})$/.exec(String(v));
    if (!m) throw new Error(`bad offset ${String(v)}`);
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  };
  const onsets: { at: number; to: number; from: number }[] = [];
  for (const obs of [...children(vtimezone, 'standard'), ...children(vtimezone, 'daylight')]) {
    const from = parseOffset(value(obs, 'tzoffsetfrom'));
    const to = parseOffset(value(obs, 'tzoffsetto'));
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(String(value(obs, 'dtstart')));
    if (!m) throw new Error('bad observance DTSTART');
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    const rrule = value(obs, 'rrule') as { freq: string; bymonth: number; byday: string } | undefined;
    if (!rrule) {
      onsets.push({ at: Date.UTC(y, mo - 1, d, h, mi, s) - from, to, from });
      continue;
    }
    const rm = /^(-?\d)(SU|MO|TU|WE|TH|FR|SA)$/.exec(rrule.byday);
    if (rrule.freq !== 'YEARLY' || !rm) throw new Error('unsupported observance rule');
    const nth = Number(rm[1]);
    const jsDay = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'].indexOf(rm[2] ?? '');
    for (let year = y; year <= 2040; year++) {
      let day: number;
      if (nth > 0) {
        const first = new Date(Date.UTC(year, rrule.bymonth - 1, 1)).getUTCDay();
        day = 1 + ((jsDay - first + 7) % 7) + 7 * (nth - 1);
      } else {
        const lastDate = new Date(Date.UTC(year, rrule.bymonth, 0));
        day = lastDate.getUTCDate() - ((lastDate.getUTCDay() - jsDay + 7) % 7);
      }
      onsets.push({ at: Date.UTC(year, rrule.bymonth - 1, day, h, mi, s) - from, to, from });
    }
  }
  onsets.sort((a, b) => a.at - b.at);
  return (instant) => {
    const current = onsets.filter((o) => o.at <= instant).pop();
    if (!current) throw new Error('instant not covered by any observance');
    return current.to;
  };
}

describe('meetingToIcs — VTIMEZONE agrees with the runtime zone data', () => {
  it.each(['America/Toronto', 'Australia/Sydney', 'Europe/London', 'America/St_Johns', 'America/Regina', 'Asia/Jerusalem'])(
    '%s: hourly through 2026, 2027 and 2030',
    (zone) => {
      const vtimezone = child(asJcal(parseJcal(ics({ timeZone: zone }))), 'vtimezone');
      expect(value(vtimezone, 'tzid')).toBe(zone);
      const offsetAt = vtimezoneOffsetMs(vtimezone);
      const mismatches: string[] = [];
      // 2030: Israel's "Friday before the last Sunday" is the 5th Friday, which a one-year guess gets wrong.
      for (const year of [2026, 2027, 2030]) {
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 3_600_000) {
          if (offsetAt(t) !== zoneOffsetMs(t, zone)) mismatches.push(new Date(t).toISOString());
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});

describe('meetingToIcs — RFC 5545 framing', () => {
  const long = ics({}, {
    title: 'Groupe de soutien pour les proches aidants — réunion mensuelle à la bibliothèque 🌱',
    description: 'Ligne un, avec des accents é è à ç, et encore du texte pour dépasser largement soixante-quinze octets.\nLigne deux.',
  });

  it('uses CRLF everywhere and ends with CRLF', () => {
    expect(long.endsWith('\r\n')).toBe(true);
    expect(long.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every physical line to at most 75 octets without splitting characters', () => {
    const encoder = new TextEncoder();
    for (const line of long.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(long).not.toContain('\uFFFD');
    expect(value(event(long), 'summary')).toBe('Groupe de soutien pour les proches aidants — réunion mensuelle à la bibliothèque 🌱');
  });

  it('folds a line of two- and four-byte characters over several lines and reads it back whole', () => {
    const title = `${'é'.repeat(40)}${'🌱'.repeat(40)}`;
    const text = ics({}, { title });
    const lines = text.split('\r\n');
    const summaryAt = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    const continuationLines = lines.slice(summaryAt + 1).findIndex((line) => !line.startsWith(' '));
    expect(continuationLines).toBeGreaterThanOrEqual(3);
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(value(event(text), 'summary')).toBe(title);
  });

  it('wraps one VEVENT and one VTIMEZONE in a VCALENDAR 2.0', () => {
    const calendar = asJcal(parseJcal(long));
    expect(calendar[0]).toBe('vcalendar');
    expect(value(calendar, 'version')).toBe('2.0');
    expect(children(calendar, 'vevent')).toHaveLength(1);
    expect(children(calendar, 'vtimezone')).toHaveLength(1);
  });

  it('is reproducible for a fixed `now`', () => {
    expect(ics()).toBe(ics());
  });

  it('is the same whatever time zone the server runs in', () => {
    // ical-generator writes plain Dates in the server's own zone once a TZID is set; the file
    // must come only from the meeting's wall-clock time, even on a DST-change day.
    const gapDay = { weekdays: [7], startTime: '02:30', endTime: '03:15', startsOn: new Date('2026-03-08T00:00:00Z') };
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const inUtc = ics(gapDay);
      process.env.TZ = 'America/Toronto';
      expect(ics(gapDay)).toBe(inUtc);
      process.env.TZ = 'Australia/Sydney';
      expect(ics(gapDay)).toBe(inUtc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('meetingToIcs — refusals', () => {
  it('throws a clear error for BY_ARRANGEMENT', () => {
    expect(() => ics({ recurrence: 'BY_ARRANGEMENT', startTime: null, endTime: null })).toThrow(/BY_ARRANGEMENT/);
  });

  it('throws for data that cannot make a calendar entry', () => {
    expect(() => ics({ startTime: null })).toThrow(/startTime/);
    expect(() => ics({ timeZone: 'Nowhere/Special' })).toThrow(/time zone/);
    expect(() => ics({ weekdays: [] })).toThrow(/weekday/);
    expect(() => ics({ recurrence: 'MONTHLY_NTH', monthWeek: 0 })).toThrow(/monthWeek/);
  });
});

describe('icsFileName', () => {
  it('builds a safe, human-numbered file name', () => {
    expect(icsFileName('grief-support-toronto', 0)).toBe('grief-support-toronto-meeting-1.ics');
    expect(icsFileName('grief-support-toronto', 2)).toBe('grief-support-toronto-meeting-3.ics');
    expect(icsFileName('Café  Group!!', 0)).toBe('cafe-group-meeting-1.ics');
    expect(icsFileName('../../etc', 0)).toBe('etc-meeting-1.ics');
    expect(icsFileName('', -1)).toBe('group-meeting-1.ics');
  });
});
