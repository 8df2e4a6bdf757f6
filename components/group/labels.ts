// Plain words for the coded fields of a listing, shared by the group page and
// the lists that link to it.
import type { Attendance, CostKind, WhoMayAttend } from '@/lib/generated/prisma/enums';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { formatDateInZone, formatTimeInZone, zoneAbbreviation } from '@/lib/schedule';

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  PHONE: 'By phone',
  HYBRID: 'In person and online',
};

export const WHO_MAY_ATTEND_LABELS: Record<WhoMayAttend, string> = {
  PEOPLE_WITH_CONCERN: 'People who are living with this concern themselves',
  FAMILY_AND_FRIENDS: 'Family members and friends of someone living with this concern',
  BOTH: 'People living with this concern, and their family members and friends',
};

export const COST_LABELS: Record<CostKind, string> = {
  FREE: 'Free',
  DONATION: 'Voluntary donation',
  FEE: 'There is a fee',
};

const ACCESSIBILITY_LABELS: Record<string, string> = {
  wheelchair: 'Wheelchair accessible',
  'accessible-washroom': 'Accessible washroom',
  'hearing-loop': 'Hearing loop',
  asl: 'American Sign Language (ASL) interpretation',
  parking: 'Parking nearby',
  transit: 'Near public transit',
  'scent-free': 'Scent-free space',
};

/** Known features in plain words; codes we have no words for are left out rather than shown raw. */
export function accessibilityLabels(codes: string[]): string[] {
  return codes.flatMap((c) => (ACCESSIBILITY_LABELS[c] ? [ACCESSIBILITY_LABELS[c]] : []));
}

/** The five points of the leadership scale, 1 (members) to 5 (professionals). */
export const LEADERSHIP_POINTS = [
  { point: 1, label: 'Member-led self-help group', detail: 'Members run the group themselves and share the leading.' },
  { point: 2, label: 'Member-led, with professional support', detail: 'Members lead; a professional helps from the side when asked.' },
  { point: 3, label: 'Led together', detail: 'Members and a professional share the leading.' },
  { point: 4, label: 'Professionally led, with member involvement', detail: 'A professional leads; members help shape the group.' },
  { point: 5, label: 'Professionally led support group', detail: 'A trained professional runs the group.' },
] as const;

const languageNames = new Intl.DisplayNames(['en-CA'], { type: 'language' });

/** "fr" → "French"; a tag Intl cannot read is shown as it is. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** An http(s) address fit for an href, or null (never a javascript: or other scheme). */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** A meeting time in its own zone, naming the zone only when it is not the directory's. */
export function formatMeetingStart(start: Date, timeZone: string): { date: string; time: string; zone: string | null } {
  return {
    date: formatDateInZone(start, timeZone),
    time: formatTimeInZone(start, timeZone),
    zone: timeZone === DIRECTORY_TIME_ZONE ? null : zoneAbbreviation(start, timeZone),
  };
}

/** "June 1, 2026" for a stored instant, read on the directory's clock. */
export function formatDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: DIRECTORY_TIME_ZONE }).format(instant);
}

/** "2026-06-01", the machine-readable date for <time dateTime>. */
export function isoDay(instant: Date, timeZone: string = DIRECTORY_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
