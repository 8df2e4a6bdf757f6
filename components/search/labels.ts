// Words shown for filter values; one place so the form, the result cards and
// the "remove this filter" links agree.
export const ATTENDANCE_LABEL = { 'in-person': 'In person', online: 'Online', phone: 'By phone', hybrid: 'In person and online' } as const;
export const MEETING_ATTENDANCE_LABEL = { IN_PERSON: 'In person', ONLINE: 'Online', PHONE: 'By phone', HYBRID: 'In person and online' } as const;
export const DAY_LABEL = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;
export const TIME_LABEL = { morning: 'Morning (before noon)', afternoon: 'Afternoon (noon–5 pm)', evening: 'Evening (after 5 pm)' } as const;
export const LEADERSHIP_LABEL = { 'member-led': 'Member-led', hybrid: 'Shared leadership', professional: 'Professionally led' } as const;
export const COST_LABEL = { FREE: 'Free', DONATION: 'Voluntary donation', FEE: 'Fee' } as const;
export const SORT_LABEL = { relevance: 'Best match', distance: 'Distance', next: 'Next meeting', name: 'Name (A–Z)' } as const;
/** Languages offered as filters (BCP 47 primary tags). */
export const LANGUAGE_OPTIONS = ['en', 'fr', 'es', 'pa', 'zh', 'ar', 'so', 'pt', 'tl', 'ur'] as const;

