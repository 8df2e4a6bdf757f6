// A listing as the editor sees it, converted to the form's string values and
// to the plain snapshot the audit log stores. Pure: no database.
import type { CostKind, GroupStatus, WhoMayAttend } from '../generated/prisma/enums.ts';
import type { PublicMeeting } from './group-detail.ts';
import type { GroupFormValues } from './schema.ts';
import type { MeetingFormValues } from './meeting-schema.ts';

/** A meeting carries the same fields for the editor as for the public page. */
export type EditableMeeting = PublicMeeting;

export type EditableGroup = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  whoMayAttend: WhoMayAttend;
  leadership: number;
  languages: string[];
  costKind: CostKind;
  costDescription: string;
  accessibilityFeatures: string[];
  accessibilityNotes: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  privateContactName: string | null;
  privateContactPhone: string | null;
  privateContactEmail: string | null;
  organizationId: string | null;
  status: GroupStatus;
  lastVerifiedAt: Date | null;
  version: number;
  updatedAt: Date;
  topics: { id: string; slug: string; name: string }[];
  meetings: EditableMeeting[];
};

const s = (v: string | null) => v ?? '';
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function meetingToFormValues(m: EditableMeeting): MeetingFormValues {
  return {
    id: m.id,
    remove: false,
    recurrence: m.recurrence,
    weekdays: m.weekdays.map(String),
    intervalWeeks: String(m.intervalWeeks),
    monthWeek: m.monthWeek === null ? '' : String(m.monthWeek),
    startsOn: isoDate(m.startsOn),
    startTime: s(m.startTime),
    endTime: s(m.endTime),
    timeZone: m.timeZone,
    attendance: m.attendance,
    venueName: s(m.venueName),
    addressLine1: s(m.addressLine1),
    addressLine2: s(m.addressLine2),
    town: s(m.town),
    region: s(m.region),
    postalCode: s(m.postalCode),
    country: m.country,
    // Saved coordinates are kept as they are unless staff ask for a new look-up.
    locationSource: m.latitude !== null && m.longitude !== null ? 'coordinates' : 'gazetteer',
    latitude: m.latitude === null ? '' : String(m.latitude),
    longitude: m.longitude === null ? '' : String(m.longitude),
    onlineUrl: s(m.onlineUrl),
    onlineOnRequest: m.onlineOnRequest,
    dialIn: s(m.dialIn),
    dialInOnRequest: m.dialInOnRequest,
    notes: m.notes,
  };
}

export function groupToFormValues(g: EditableGroup): GroupFormValues {
  return {
    name: g.name,
    slug: g.slug,
    summary: g.summary,
    description: g.description,
    whoMayAttend: g.whoMayAttend,
    leadership: String(g.leadership),
    languages: g.languages.join(', '),
    costKind: g.costKind,
    costDescription: g.costDescription,
    accessibilityFeatures: [...g.accessibilityFeatures],
    accessibilityNotes: g.accessibilityNotes,
    phone: s(g.phone),
    email: s(g.email),
    website: s(g.website),
    privateContactName: s(g.privateContactName),
    privateContactPhone: s(g.privateContactPhone),
    privateContactEmail: s(g.privateContactEmail),
    organizationId: s(g.organizationId),
    topicIds: g.topics.map((t) => t.id),
    meetings: g.meetings.map(meetingToFormValues),
  };
}

/** What the audit log keeps of a listing: every editable field, topics by slug, meetings in order. */
export function groupSnapshot(g: EditableGroup) {
  const { topics, meetings, ...fields } = g;
  return {
    ...fields,
    updatedAt: undefined,
    topics: topics.map((t) => t.slug).sort(),
    meetings: meetings.map(({ startsOn, ...m }) => ({ ...m, startsOn: isoDate(startsOn) })),
  };
}

/** The editor's starting point for a new listing. */
export function emptyGroupValues(): Omit<GroupFormValues, 'meetings'> {
  return {
    name: '', slug: '', summary: '', description: '', whoMayAttend: 'BOTH', leadership: '1', languages: 'en', costKind: 'FREE',
    costDescription: '', accessibilityFeatures: [], accessibilityNotes: '', phone: '', email: '', website: '', privateContactName: '',
    privateContactPhone: '', privateContactEmail: '', organizationId: '', topicIds: [],
  };
}
