import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingToIcs } from './ics';
import { schedule as weekly } from './test-schedule';

const schedule = (timeZone: string) => weekly({ timeZone, endTime: null });

function calendar(timeZone: string): ICAL.Component {
  const text = meetingToIcs({ uid: 'zone@selfhelp.example', title: 'Group', schedule: schedule(timeZone), now: new Date('2026-02-01T00:00:00Z') });
  return new ICAL.Component(ICAL.parse(text));
}

/** The TZID on DTSTART and the TZID of the file's one VTIMEZONE. */
function zoneNames(timeZone: string): [string | undefined, unknown] {
  const file = calendar(timeZone);
  const tzid = file.getFirstSubcomponent('vevent')?.getFirstProperty('dtstart')?.getParameter('tzid');
  return [typeof tzid === 'string' ? tzid : undefined, file.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')];
}

describe('calendar time zones', () => {
  it('names the zone as the IANA list does, with a VTIMEZONE of the same name', () => {
    expect(zoneNames('America/Toronto')).toEqual(['America/Toronto', 'America/Toronto']);
    expect(zoneNames('america/toronto')).toEqual(['America/Toronto', 'America/Toronto']);
  });

  it('writes an old alias as the zone it points to, so TZID and VTIMEZONE still match', () => {
    expect(zoneNames('Canada/Eastern')).toEqual(['America/Toronto', 'America/Toronto']);
    expect(zoneNames('UTC')).toEqual(['Etc/UTC', 'Etc/UTC']);
  });

  it('takes the VTIMEZONE from the library’s zone data, which can be newer than the runtime’s', () => {
    // IANA 2026b: British Columbia stays on -07 from 2026-11-01. Node bundles its own, possibly
    // older, copy of the zone data (ICU), so this file may be right before the site's clock is.
    const vtimezone = calendar('America/Vancouver').getFirstSubcomponent('vtimezone');
    if (!vtimezone) throw new Error('no VTIMEZONE');
    const zone = new ICAL.Timezone(vtimezone);
    const january2027 = ICAL.Time.fromData({ year: 2027, month: 1, day: 15, hour: 12, minute: 0, second: 0 });
    expect(zone.utcOffset(january2027)).toBe(-7 * 3600);
  });
});
