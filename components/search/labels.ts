// Words shown for filter values; one place so the form, the result cards and
// the "remove this filter" links agree. Stored vocabularies' words are in lib/vocabulary.
import { ACCESSIBILITY_FEATURES, TIME_BANDS, type AccessibilityCode, type TimeBand } from '@/lib/vocabulary';
export const ATTENDANCE_LABEL = { 'in-person': 'In person', online: 'Online', phone: 'By phone', hybrid: 'In person and online' } as const;

export const DAY_LABEL = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;
export const TIME_LABEL = Object.fromEntries(TIME_BANDS.map((b) => [b.code, b.label])) as Record<TimeBand, string>;
export const LEADERSHIP_LABEL = { 'member-led': 'Member-led', hybrid: 'Shared leadership', professional: 'Professionally led' } as const;
/** Cost filters in the words a visitor uses. */
export const COST_FILTER_LABEL = { free: 'Free', donation: 'Pay what you can', fee: 'A fee' } as const;
export const ACCESS_LABEL = Object.fromEntries(ACCESSIBILITY_FEATURES.map((a) => [a.code, a.label])) as Record<AccessibilityCode, string>;
export const SORT_LABEL = { relevance: 'Best match', distance: 'Distance', next: 'Next meeting', name: 'Name (A–Z)' } as const;

