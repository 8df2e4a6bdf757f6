// The listing editor's contract: what the form posts (kept as typed, so a
// failed save shows everything again) and the zod rules for the group's own
// fields. Client-safe: the editor runs these rules in the browser for inline
// messages and the save runs them again (./schema.ts). Meeting rows:
// ./meeting-rules.ts.
import { z } from 'zod';
import type { WhoMayAttend } from '../generated/prisma/enums.ts';
import { ACCESSIBILITY_CODES, COST_KINDS } from '../vocabulary/index.ts';
import { list, splitList, text, blankToNull } from '../forms/form-values.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { readMeetingValues, type MeetingFormValues } from './meeting-rules.ts';

export const WHO_MAY_ATTEND = ['PEOPLE_WITH_CONCERN', 'FAMILY_AND_FRIENDS', 'BOTH'] as const satisfies readonly WhoMayAttend[];
/** Rows the form offers beyond the saved meetings, so a meeting can be added without JavaScript ("Add meeting" with it). */
export const SPARE_MEETING_ROWS = 1;
export const MAX_MEETING_ROWS = 20;
export { SLUG_PATTERN };

export type GroupFormValues = {
  name: string;
  slug: string;
  summary: string;
  description: string;
  whoMayAttend: string;
  leadership: string;
  languages: string;
  costKind: string;
  costDescription: string;
  accessibilityFeatures: string[];
  accessibilityNotes: string;
  phone: string;
  email: string;
  website: string;
  privateContactName: string;
  privateContactPhone: string;
  privateContactEmail: string;
  organizationId: string;
  topicIds: string[];
  meetings: MeetingFormValues[];
};

export function readGroupValues(form: FormData): GroupFormValues {
  const rows = Math.min(Number(text(form, 'meetingRows', 3)) || 0, MAX_MEETING_ROWS);
  return {
    name: text(form, 'name', 300),
    slug: text(form, 'slug', 200),
    summary: text(form, 'summary', 1000),
    description: text(form, 'description', 10_000),
    whoMayAttend: text(form, 'whoMayAttend', 40),
    leadership: text(form, 'leadership', 2),
    // Ticked boxes (one value each) or one typed list ("en, fr"): both read as one list.
    languages: list(form, 'languages', 20).join(', ').slice(0, 200),
    costKind: text(form, 'costKind', 20),
    costDescription: text(form, 'costDescription', 500),
    accessibilityFeatures: list(form, 'accessibilityFeatures', 20),
    accessibilityNotes: text(form, 'accessibilityNotes', 2000),
    phone: text(form, 'phone', 100),
    email: text(form, 'email', 300),
    website: text(form, 'website', 600),
    privateContactName: text(form, 'privateContactName', 300),
    privateContactPhone: text(form, 'privateContactPhone', 100),
    privateContactEmail: text(form, 'privateContactEmail', 300),
    organizationId: text(form, 'organizationId', 40),
    topicIds: list(form, 'topicIds', 100),
    meetings: Array.from({ length: rows }, (_, i) => readMeetingValues(form, `meetings.${i}.`)),
  };
}

const optional = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer.`).transform(blankToNull);
const email = z
  .string()
  .trim()
  .max(254, 'Enter a shorter email address.')
  .refine((s) => s === '' || z.email().safeParse(s).success, 'Enter an email address like name@example.org.')
  .transform(blankToNull);
export const webAddress = z
  .string()
  .trim()
  .max(500, 'Keep the address to 500 characters or fewer.')
  .refine((s) => s === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), 'Enter a full web address starting with https://')
  .transform(blankToNull);
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const groupFieldsSchema = z.object({
  name: z.string().trim().min(3, 'The name needs at least 3 characters.').max(120, 'Keep the name to 120 characters or fewer.'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => s === '' || (SLUG_PATTERN.test(s) && s.length <= 80), 'Use lower-case letters, digits and single hyphens, e.g. grief-support-kingston.'),
  summary: z.string().trim().min(10, 'Write a one-sentence summary (at least 10 characters).').max(300, 'Keep the summary to 300 characters or fewer.'),
  description: z.string().trim().min(1, 'Describe the group.').max(5000, 'Keep the description to 5,000 characters or fewer.'),
  whoMayAttend: z.enum(WHO_MAY_ATTEND, { error: 'Choose who may attend.' }),
  leadership: z.string().regex(/^[1-5]$/, 'Choose a point on the leadership scale.').transform(Number),
  languages: z
    .string()
    .transform(splitList)
    .refine((tags) => tags.length > 0, 'Choose at least one language.')
    .refine((tags) => tags.length <= 10 && tags.every((t) => LANGUAGE_TAG.test(t)), 'Choose up to 10 languages from the list.'),
  costKind: z.enum(COST_KINDS, { error: 'Choose what it costs.' }),
  costDescription: z.string().trim().max(200, 'Keep the cost details to 200 characters or fewer.'),
  accessibilityFeatures: z.array(z.enum(ACCESSIBILITY_CODES, { error: 'Choose features from the list.' })).transform((a) => [...new Set(a)]),
  accessibilityNotes: z.string().trim().max(1000, 'Keep the accessibility notes to 1,000 characters or fewer.'),
  phone: optional(40, 'the phone number'),
  email,
  website: webAddress,
  privateContactName: optional(120, 'the name'),
  privateContactPhone: optional(40, 'the phone number'),
  privateContactEmail: email,
  organizationId: z.string().trim().transform(blankToNull),
  topicIds: z.array(z.string().min(1)).transform((a) => [...new Set(a)]),
});
