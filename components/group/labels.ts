// Plain words for the coded fields of a listing, shared by the group page and
// the lists that link to it.
import type { Attendance, WhoMayAttend } from '@/lib/generated/prisma/enums';
import { ACCESSIBILITY_FEATURES } from '@/lib/vocabulary';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { formatDateInZone, formatTimeInZone, zoneAbbreviation } from '@/lib/schedule';

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  PHONE: 'By phone',
  HYBRID: 'In person and online',
};

const WAYS = [
  { word: 'in person', from: ['IN_PERSON', 'HYBRID'] },
  { word: 'online', from: ['ONLINE', 'HYBRID'] },
  { word: 'by phone', from: ['PHONE'] },
] as const satisfies readonly { word: string; from: readonly Attendance[] }[];

/**
 * Every way to attend a group's meetings, each said once: a hybrid meeting
 * and an online one give "In person and online", never "In person and
 * online, Online". Empty when there are no meetings.
 */
export function attendanceSummary(attendances: readonly Attendance[]): string {
  const words = WAYS.filter((w) => w.from.some((a) => attendances.includes(a))).map((w) => w.word);
  if (words.length === 0) return '';
  const text = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const WHO_MAY_ATTEND_LABELS: Record<WhoMayAttend, string> = {
  PEOPLE_WITH_CONCERN: 'People who are living with this concern themselves',
  FAMILY_AND_FRIENDS: 'Family members and friends of someone living with this concern',
  BOTH: 'People living with this concern, and their family members and friends',
};

const ACCESSIBILITY_LABELS = new Map<string, string>(ACCESSIBILITY_FEATURES.map((f) => [f.code, f.label]));

/** Known features in plain words; codes we have no words for are left out rather than shown raw. */
export function accessibilityLabels(codes: string[]): string[] {
  return codes.flatMap((c) => {
    const label = ACCESSIBILITY_LABELS.get(c);
    return label ? [label] : [];
  });
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
