// The words the directory's codes become in HSDS fields, written once so the
// export and (later) the importer read them the same way. HSDS leaves these
// fields as free text; the importer maps these exact phrases back.
import type { Attendance, WhoMayAttend } from '../generated/prisma/enums.ts';
import { ACCESSIBILITY_FEATURES, COST_LABELS } from '../vocabulary/index.ts';

export const HSDS_VERSION = '3.0';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

/** schedule.attending_type for each way of attending. */
export const ATTENDING_TYPE: Record<Attendance, string> = {
  IN_PERSON: 'in person',
  ONLINE: 'online',
  PHONE: 'by phone',
  HYBRID: 'in person or online',
};

/** service.eligibility_description for who may come. */
export const ELIGIBILITY: Record<WhoMayAttend, string> = {
  PEOPLE_WITH_CONCERN: 'People living with the concern themselves.',
  FAMILY_AND_FRIENDS: 'Family members and friends of people living with the concern.',
  BOTH: 'People living with the concern, and their family members and friends.',
};

/** cost_option.option for the listing's cost kind ("Free", "Voluntary donation", "There is a fee"). */
export const COST_OPTION = COST_LABELS;

const ACCESSIBILITY_LABEL = new Map<string, string>(ACCESSIBILITY_FEATURES.map((f) => [f.code, f.label]));

/** accessibility.description for a feature code; an unknown code is shown as stored. */
export const accessibilityLabel = (code: string) => ACCESSIBILITY_LABEL.get(code) ?? code;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "English" for "en"; the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The directory's topics as an HSDS taxonomy. */
export const TOPICS_TAXONOMY = {
  name: 'Self-help group topics',
  description: 'The concerns and life situations the directory groups its self-help and mutual aid groups by.',
  version: '1',
} as const;

/** The HSDS description is one field: the summary, a blank line, then the longer description. */
export function serviceDescription(summary: string, description: string): string {
  return [summary.trim(), description.trim()].filter(Boolean).join('\n\n');
}
