// The directory's fixed vocabularies, written once: the codes stored in the
// database, the words shown for them, and the search tags built from them.
// The migrations mirror these (the time bands, the accessibility check, the
// cost enum); tests/integration/vocabulary.test.ts fails when they disagree.
// Topics are data, not vocabulary: staff edit them (prisma/seed/topics.ts
// holds the starting list).
import type { CostKind } from '../generated/prisma/enums.ts';

/** Meeting-place features a listing can claim, in the order forms show them. */
export const ACCESSIBILITY_FEATURES = [
  { code: 'wheelchair', label: 'Wheelchair accessible' },
  { code: 'accessible-washroom', label: 'Accessible washroom' },
  { code: 'hearing-loop', label: 'Hearing loop' },
  { code: 'asl', label: 'American Sign Language (ASL) interpretation' },
  { code: 'parking', label: 'Parking nearby' },
  { code: 'transit', label: 'Near public transit' },
  { code: 'scent-free', label: 'Scent-free space' },
] as const;
export type AccessibilityCode = (typeof ACCESSIBILITY_FEATURES)[number]['code'];
export const ACCESSIBILITY_CODES = ACCESSIBILITY_FEATURES.map((f) => f.code) as [AccessibilityCode, ...AccessibilityCode[]];

/** The Prisma enum's values with their words ("Fee" alone hides nothing: the listing says how much). */
export const COST_KINDS_WITH_LABELS = [
  { code: 'FREE', label: 'Free' },
  { code: 'DONATION', label: 'Voluntary donation' },
  { code: 'FEE', label: 'There is a fee' },
] as const satisfies readonly { code: CostKind; label: string }[];
export const COST_KINDS = COST_KINDS_WITH_LABELS.map((c) => c.code) as [CostKind, ...CostKind[]];
export const COST_LABELS = Object.fromEntries(COST_KINDS_WITH_LABELS.map((c) => [c.code, c.label])) as Record<CostKind, string>;

/** Languages offered as search filters (BCP 47 primary tags); listings may store others. */
export const FILTER_LANGUAGES = ['en', 'fr', 'es', 'pa', 'zh', 'ar', 'so', 'pt', 'tl', 'ur'] as const;

/**
 * Times of day a meeting starts in: before noon, before 5 pm, later. The
 * migration's meeting_time_band() uses the same limits.
 */
export const TIME_BANDS = [
  { code: 'morning', startsBefore: '12:00', label: 'Morning (before noon)' },
  { code: 'afternoon', startsBefore: '17:00', label: 'Afternoon (noon–5 pm)' },
  { code: 'evening', startsBefore: null, label: 'Evening (after 5 pm)' },
] as const;
export type TimeBand = (typeof TIME_BANDS)[number]['code'];
export const TIME_BAND_CODES = TIME_BANDS.map((b) => b.code) as [TimeBand, ...TimeBand[]];

/** The band a "HH:MM" start falls in; 'none' without a time (by arrangement). */
export function timeBand(startTime: string | null): TimeBand | 'none' {
  if (!startTime) return 'none';
  return TIME_BANDS.find((b) => b.startsBefore === null || startTime < b.startsBefore)?.code ?? 'evening';
}

/**
 * Prefixes of the search tags kept in Group.facets by the database's
 * group_facets(): "t:grief", "lang:fr", "c:free", "l:1", "a:wheelchair",
 * "s:ONLINE:2:evening".
 */
export const FACET = { topic: 't:', language: 'lang:', cost: 'c:', leadership: 'l:', access: 'a:', slot: 's:' } as const;

/**
 * Languages the listing editor offers by name (BCP 47 tags; the names come
 * from Intl, as on the group page). English and French first, then the
 * languages most spoken at home in Ontario, Indigenous languages and ASL.
 * A listing that already holds another valid tag keeps it.
 */
export const LISTING_LANGUAGES = [
  'en', 'fr', 'ase', 'ar', 'bn', 'yue', 'zh', 'hr', 'nl', 'fa', 'de', 'el', 'gu', 'he', 'hi', 'hu', 'it', 'ja', 'ko',
  'ml', 'ne', 'pa', 'pl', 'pt', 'ro', 'ru', 'sr', 'so', 'es', 'tl', 'ta', 'te', 'ti', 'tr', 'uk', 'ur', 'vi',
  'cr', 'iu', 'oj', 'moe',
] as const;

/**
 * Time zones a meeting can be in, by the name people use. Canada's zones
 * first; a meeting saved with another valid IANA zone keeps it.
 */
export const MEETING_TIME_ZONES = [
  { zone: 'America/Toronto', label: 'Eastern time (Toronto, Ottawa)' },
  { zone: 'America/Winnipeg', label: 'Central time (Winnipeg, Kenora)' },
  { zone: 'America/Atikokan', label: 'Eastern standard time all year (Atikokan)' },
  { zone: 'America/Halifax', label: 'Atlantic time (Halifax)' },
  { zone: 'America/St_Johns', label: 'Newfoundland time (St. John’s)' },
  { zone: 'America/Regina', label: 'Saskatchewan time (Regina)' },
  { zone: 'America/Edmonton', label: 'Mountain time (Edmonton, Calgary)' },
  { zone: 'America/Vancouver', label: 'Pacific time (Vancouver)' },
  { zone: 'America/Whitehorse', label: 'Yukon time (Whitehorse)' },
  { zone: 'America/New_York', label: 'US Eastern time (New York)' },
  { zone: 'America/Chicago', label: 'US Central time (Chicago)' },
  { zone: 'America/Denver', label: 'US Mountain time (Denver)' },
  { zone: 'America/Los_Angeles', label: 'US Pacific time (Los Angeles)' },
  { zone: 'Europe/London', label: 'UK time (London)' },
  { zone: 'Etc/UTC', label: 'Coordinated Universal Time (UTC)' },
] as const;
