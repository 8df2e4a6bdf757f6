// A meeting's HSDS schedule and location. Pure; see hsds-service.ts.
import { meetingLocation, meetsInPerson, meetsOnline } from '../listings/meeting-place.ts';
import { describeSchedule, nextOccurrence } from '../schedule/index.ts';
import { isValidMonthWeek, normalizeInterval, normalizeWeekdays } from '../schedule/pattern.ts';
import { zoneOffsetMs } from '../schedule/zoned.ts';
import { type Hsds, compact, idsOf, isoDate, webUrl } from './hsds-common.ts';
import { childId } from './ids.ts';
import type { MappingContext, OpenGroup, OpenMeeting } from './source.ts';
import { ATTENDING_TYPE, accessibilityLabel } from './vocabulary.ts';

const ICS_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const dayCode = (isoWeekday: number) => ICS_DAYS[isoWeekday - 1] ?? 'MO';

/** The iCalendar rule parts HSDS carries, or null when the meeting has no fixed pattern. */
export function recurrenceParts(m: OpenMeeting): { freq: 'WEEKLY' | 'MONTHLY'; interval: number; byday: string } | null {
  const days = normalizeWeekdays(m.weekdays);
  if (m.recurrence === 'WEEKLY' && days.length > 0) {
    return { freq: 'WEEKLY', interval: normalizeInterval(m.intervalWeeks), byday: days.map(dayCode).join(',') };
  }
  const weekday = m.weekdays[0];
  if (m.recurrence === 'MONTHLY_NTH' && weekday !== undefined && days.includes(weekday) && isValidMonthWeek(m.monthWeek)) {
    return { freq: 'MONTHLY', interval: 1, byday: `${m.monthWeek}${dayCode(weekday)}` };
  }
  return null;
}

/**
 * A meeting's schedule. Times are the local wall-clock times of the
 * meeting's zone; `timezone` is that zone's UTC offset (hours) at the next
 * meeting, and the description names the zone itself, since one offset
 * cannot say when daylight saving time moves it.
 */
export function toSchedule(g: OpenGroup, m: OpenMeeting, ctx: MappingContext): Hsds {
  const ids = idsOf(g, m);
  const rule = recurrenceParts(m);
  const base = {
    id: childId(ids.sal, 'schedule'),
    service_id: ids.service,
    location_id: ids.location,
    service_at_location_id: ids.sal,
    attending_type: ATTENDING_TYPE[m.attendance],
    // Always written, even empty: an importer then never takes the description (the rule in words) for notes.
    notes: m.notes.trim(),
  };
  if (!rule || !m.startTime) return compact({ ...base, description: describeSchedule(m) });
  const at = nextOccurrence(m, ctx.now)?.start ?? ctx.now;
  return compact({
    ...base,
    valid_from: isoDate(m.startsOn),
    dtstart: isoDate(m.startsOn),
    timezone: zoneOffsetMs(at, m.timeZone) / 3_600_000,
    wkst: 'MO',
    freq: rule.freq,
    interval: rule.interval,
    byday: rule.byday,
    description: `${describeSchedule(m)} (${m.timeZone} time)`,
    opens_at: m.startTime,
    closes_at: m.endTime ?? undefined,
  });
}

/** Where a meeting happens: a physical place (in person or hybrid, whose online link rides along as `url`) or a virtual one. */
export function toLocation(g: OpenGroup, m: OpenMeeting): Hsds {
  const ids = idsOf(g, m);
  const physical = meetsInPerson(m.attendance);
  const online = meetsOnline(m.attendance) && !m.onlineOnRequest ? webUrl(m.onlineUrl) : undefined;
  const onRequest = meetsOnline(m.attendance) && m.onlineOnRequest ? 'The online link is given when you contact the group.' : undefined;
  const addresses =
    physical && m.addressLine1 && m.town
      ? [
          compact({
            id: childId(ids.location, 'address'),
            location_id: ids.location,
            address_1: m.addressLine1,
            address_2: m.addressLine2 ?? undefined,
            city: m.town,
            state_province: m.region ?? '',
            postal_code: m.postalCode ?? '',
            country: m.country,
            address_type: 'physical',
          }),
        ]
      : [];
  const accessibility = physical
    ? [
        ...g.accessibilityFeatures.map((code) =>
          compact({ id: childId(ids.location, `accessibility/${code}`), location_id: ids.location, description: accessibilityLabel(code) }),
        ),
        ...(g.accessibilityNotes.trim()
          ? [compact({ id: childId(ids.location, 'accessibility/notes'), location_id: ids.location, details: g.accessibilityNotes.trim() })]
          : []),
      ]
    : [];
  return compact({
    id: ids.location,
    location_type: physical ? 'physical' : 'virtual',
    url: online,
    organization_id: ids.organization,
    name: m.venueName?.trim() || meetingLocation(m),
    description: onRequest,
    latitude: physical && m.latitude !== null && Number.isFinite(m.latitude) ? m.latitude : undefined,
    longitude: physical && m.longitude !== null && Number.isFinite(m.longitude) ? m.longitude : undefined,
    addresses,
    accessibility,
  });
}

