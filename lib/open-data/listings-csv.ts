// The plain CSV of listings for spreadsheets: one line per meeting (a group
// without meetings gets one line), in words a person reads, every formula
// cell neutralised (csv.ts). Pure.
import { meetingLocation } from '../listings/meeting-place.ts';
import { describeSchedule, nextOccurrence } from '../schedule/index.ts';
import { COST_LABELS } from '../vocabulary/index.ts';
import { toCsv, type Cell } from './csv.ts';
import { emailAddress, webUrl } from './hsds-common.ts';
import { type MappingContext, type OpenGroup, type OpenMeeting, groupPageUrl, lastModified } from './source.ts';
import { ATTENDING_TYPE, ELIGIBILITY, accessibilityLabel, languageName } from './vocabulary.ts';

export const LISTING_COLUMNS = [
  'group',
  'page',
  'summary',
  'topics',
  'who_may_attend',
  'languages',
  'cost',
  'cost_details',
  'phone',
  'email',
  'website',
  'sponsor',
  'meeting',
  'when',
  'time_zone',
  'next_meeting_utc',
  'attendance',
  'place',
  'street',
  'town',
  'province',
  'postal_code',
  'online_link',
  'dial_in',
  'accessibility',
  'notes',
  'last_checked',
  'last_changed',
] as const;

function meetingCells(m: OpenMeeting | undefined, index: number, ctx: MappingContext): Record<string, Cell> {
  if (!m) return { meeting: '', when: 'No meetings listed: contact the group.' };
  const next = nextOccurrence(m, ctx.now);
  return {
    meeting: index + 1,
    when: describeSchedule(m),
    time_zone: m.timeZone,
    next_meeting_utc: next ? next.start.toISOString() : '',
    attendance: ATTENDING_TYPE[m.attendance],
    place: meetingLocation(m),
    street: [m.addressLine1, m.addressLine2].filter(Boolean).join(', '),
    town: m.town,
    province: m.region,
    postal_code: m.postalCode,
    online_link: m.onlineOnRequest ? 'Given when you contact the group' : webUrl(m.onlineUrl),
    dial_in: m.dialInOnRequest ? 'Given when you contact the group' : m.dialIn,
    notes: m.notes,
  };
}

export function listingsCsv(groups: OpenGroup[], ctx: MappingContext): string {
  const rows = groups.flatMap((g) => {
    const common: Record<string, Cell> = {
      group: g.name,
      page: groupPageUrl(ctx, g.slug),
      summary: g.summary,
      topics: g.topics.map((t) => t.name).join('; '),
      who_may_attend: ELIGIBILITY[g.whoMayAttend],
      languages: g.languages.map(languageName).join('; '),
      cost: COST_LABELS[g.costKind],
      cost_details: g.costDescription,
      phone: g.phone,
      email: emailAddress(g.email),
      website: webUrl(g.website),
      sponsor: g.organization?.name,
      accessibility: [...g.accessibilityFeatures.map(accessibilityLabel), g.accessibilityNotes.trim()].filter(Boolean).join('; '),
      last_checked: g.lastVerifiedAt ? g.lastVerifiedAt.toISOString().slice(0, 10) : '',
      last_changed: lastModified(g).toISOString(),
    };
    const meetings: (OpenMeeting | undefined)[] = g.meetings.length > 0 ? g.meetings : [undefined];
    return meetings.map((m, i) => ({ ...common, ...meetingCells(m, i, ctx) }));
  });
  // A byte-order mark, so spreadsheet programs read the file as UTF-8 ("Montréal", not "MontrÃ©al").
  return `\uFEFF${toCsv(LISTING_COLUMNS, rows)}`;
}
