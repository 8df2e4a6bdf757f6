// Where a meeting happens, in one line: for calendar entries and map links.
// Pure; reads only the public meeting fields.
import type { Attendance } from '../generated/prisma/enums.ts';
import type { PublicMeeting } from './group-detail.ts';

type Place = Pick<PublicMeeting, 'attendance' | 'venueName' | 'addressLine1' | 'addressLine2' | 'town' | 'region' | 'postalCode' | 'latitude' | 'longitude'>;

export const meetsInPerson = (a: Attendance) => a === 'IN_PERSON' || a === 'HYBRID';
export const meetsOnline = (a: Attendance) => a === 'ONLINE' || a === 'HYBRID';

/** "Public Library, 12 King St, Kingston, ON K7L 1A1", "Online" or "By phone". */
export function meetingLocation(m: Place): string {
  if (meetsInPerson(m.attendance)) {
    const line = [m.venueName, m.addressLine1, m.addressLine2, m.town, [m.region, m.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (line) return line;
  }
  return m.attendance === 'PHONE' ? 'By phone' : m.attendance === 'ONLINE' ? 'Online' : 'In person';
}

/** An OpenStreetMap page with a pin on the meeting place, or null without coordinates. */
export function mapUrl(m: Pick<Place, 'latitude' | 'longitude'>): string | null {
  if (m.latitude === null || m.longitude === null || !Number.isFinite(m.latitude) || !Number.isFinite(m.longitude)) return null;
  return `https://www.openstreetmap.org/?mlat=${m.latitude}&mlon=${m.longitude}#map=16/${m.latitude}/${m.longitude}`;
}
