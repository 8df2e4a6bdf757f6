// One published group as HSDS 3.0 objects: the group is a service; each of
// its meetings is a service_at_location with its own location and schedule;
// its topics are terms of the published "topics" taxonomy, linked as
// attributes. Pure: the API, the exports and (later) the importer share it.
// Only public fields are read (source.ts has no private contact columns),
// and a link or address kept "on request" is never written.
import { meetingLocation, meetsInPerson, meetsOnline } from '../listings/meeting-place.ts';
import { describeSchedule, nextOccurrence } from '../schedule/index.ts';
import { normalizeInterval, normalizeWeekdays, isValidMonthWeek } from '../schedule/pattern.ts';
import { zoneOffsetMs } from '../schedule/zoned.ts';
import { childId, organizationId, ownOrganizationId, serviceAtLocationId, serviceId, taxonomyTermId, TOPICS_TAXONOMY_ID } from './ids.ts';
import { type MappingContext, type OpenGroup, type OpenMeeting, type OpenTopic, lastModified, topicPageUrl } from './source.ts';
import {
  ATTENDING_TYPE,
  COST_OPTION,
  ELIGIBILITY,
  TOPICS_TAXONOMY,
  accessibilityLabel,
  languageName,
  serviceDescription,
} from './vocabulary.ts';

/** An HSDS object: JSON with no null values (the schemas allow none). */
export type Hsds = { [key: string]: string | number | boolean | Hsds | Hsds[] | undefined };

/** Drops the fields with no value, since HSDS types have no null. */
function compact<T extends Record<string, unknown>>(o: T): Hsds {
  const out: Hsds = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v as Hsds[string];
  return out;
}

/** An http(s) address in its normalised form, or undefined (the schemas want a URI). */
export function webUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** A plausible email address, or undefined. */
export function emailAddress(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : undefined;
}

const ICS_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const dayCode = (isoWeekday: number) => ICS_DAYS[isoWeekday - 1] ?? 'MO';
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The iCalendar rule parts HSDS carries, or null when the meeting has no fixed pattern. */
export function recurrenceParts(m: OpenMeeting): { freq: 'WEEKLY' | 'MONTHLY'; interval: number; byday: string } | null {
  const days = normalizeWeekdays(m.weekdays);
  if (m.recurrence === 'WEEKLY' && days.length > 0) {
    return { freq: 'WEEKLY', interval: normalizeInterval(m.intervalWeeks), byday: days.map(dayCode).join(',') };
  }
  const weekday = m.weekdays[0];
  if (m.recurrence === 'MONTHLY_NTH' && weekday !== undefined && days.includes(weekday) && isValidMonthWeek(m.monthWeek)) {
    return { freq: 'MONTHLY', interval: 1, byday: `${m.monthWeek}${dayCode(weekday)}` };
  }
  return null;
}

type Ids = { service: string; sal: string; location: string; organization: string };

function idsOf(g: OpenGroup, m: OpenMeeting): Ids {
  const service = serviceId(g.id);
  const sal = serviceAtLocationId(m.id);
  return { service, sal, location: childId(sal, 'location'), organization: groupOrganizationId(g) };
}

export function groupOrganizationId(g: Pick<OpenGroup, 'id' | 'organization'>): string {
  return g.organization ? organizationId(g.organization.id) : ownOrganizationId(serviceId(g.id));
}

/**
 * A meeting's schedule. Times are the local wall-clock times of the
 * meeting's zone; `timezone` is that zone's UTC offset (hours) at the next
 * meeting, and the description names the zone itself, since one offset
 * cannot say when daylight saving time moves it.
 */
export function toSchedule(g: OpenGroup, m: OpenMeeting, ctx: MappingContext): Hsds {
  const ids = idsOf(g, m);
  const rule = recurrenceParts(m);
  const base = {
    id: childId(ids.sal, 'schedule'),
    service_id: ids.service,
    location_id: ids.location,
    service_at_location_id: ids.sal,
    attending_type: ATTENDING_TYPE[m.attendance],
    notes: m.notes.trim() || undefined,
  };
  if (!rule || !m.startTime) return compact({ ...base, description: describeSchedule(m) });
  const at = nextOccurrence(m, ctx.now)?.start ?? ctx.now;
  return compact({
    ...base,
    valid_from: isoDate(m.startsOn),
    dtstart: isoDate(m.startsOn),
    timezone: zoneOffsetMs(at, m.timeZone) / 3_600_000,
    wkst: 'MO',
    freq: rule.freq,
    interval: rule.interval,
    byday: rule.byday,
    description: `${describeSchedule(m)} (${m.timeZone} time)`,
    opens_at: m.startTime,
    closes_at: m.endTime ?? undefined,
  });
}

/** Where a meeting happens: a physical place (in person or hybrid, whose online link rides along as `url`) or a virtual one. */
export function toLocation(g: OpenGroup, m: OpenMeeting): Hsds {
  const ids = idsOf(g, m);
  const physical = meetsInPerson(m.attendance);
  const online = meetsOnline(m.attendance) && !m.onlineOnRequest ? webUrl(m.onlineUrl) : undefined;
  const onRequest = meetsOnline(m.attendance) && m.onlineOnRequest ? 'The online link is given when you contact the group.' : undefined;
  const addresses =
    physical && m.addressLine1 && m.town
      ? [
          compact({
            id: childId(ids.location, 'address'),
            location_id: ids.location,
            address_1: m.addressLine1,
            address_2: m.addressLine2 ?? undefined,
            city: m.town,
            state_province: m.region ?? '',
            postal_code: m.postalCode ?? '',
            country: m.country,
            address_type: 'physical',
          }),
        ]
      : [];
  const accessibility = physical
    ? [
        ...g.accessibilityFeatures.map((code) =>
          compact({ id: childId(ids.location, `accessibility/${code}`), location_id: ids.location, description: accessibilityLabel(code) }),
        ),
        ...(g.accessibilityNotes.trim()
          ? [compact({ id: childId(ids.location, 'accessibility/notes'), location_id: ids.location, details: g.accessibilityNotes.trim() })]
          : []),
      ]
    : [];
  return compact({
    id: ids.location,
    location_type: physical ? 'physical' : 'virtual',
    url: online,
    organization_id: ids.organization,
    name: m.venueName?.trim() || meetingLocation(m),
    description: onRequest,
    latitude: physical && m.latitude !== null && Number.isFinite(m.latitude) ? m.latitude : undefined,
    longitude: physical && m.longitude !== null && Number.isFinite(m.longitude) ? m.longitude : undefined,
    addresses,
    accessibility,
  });
}

/** The meeting's public dial-in number, as a phone of its service_at_location. */
function dialInPhones(g: OpenGroup, m: OpenMeeting): Hsds[] {
  if (!m.dialIn?.trim() || m.dialInOnRequest) return [];
  const ids = idsOf(g, m);
  return [compact({ id: childId(ids.sal, 'phone'), service_at_location_id: ids.sal, number: m.dialIn.trim(), type: 'voice', description: 'Dial-in number for the meeting.' })];
}

/** A meeting as service_at_location, with its location and schedule nested (the compiled schema's shape). */
export function toServiceAtLocation(g: OpenGroup, m: OpenMeeting, ctx: MappingContext): Hsds {
  const ids = idsOf(g, m);
  return compact({
    id: ids.sal,
    service_id: ids.service,
    location_id: ids.location,
    description: `Meeting ${g.meetings.indexOf(m) + 1} of ${g.name}: ${meetingLocation(m)}.`,
    phones: dialInPhones(g, m),
    schedules: [toSchedule(g, m, ctx)],
    location: toLocation(g, m),
  });
}

/** service_at_location list item: one-to-one fields, its location and its service (without nesting). */
export function toServiceAtLocationListItem(g: OpenGroup, m: OpenMeeting, ctx: MappingContext): Hsds {
  const ids = idsOf(g, m);
  const { addresses: _a, accessibility: _b, ...location } = toLocation(g, m);
  return compact({
    id: ids.sal,
    service_id: ids.service,
    location_id: ids.location,
    description: `Meeting ${g.meetings.indexOf(m) + 1} of ${g.name}: ${meetingLocation(m)}.`,
    location,
    service: toServiceListItem(g, ctx),
  });
}

export function toTaxonomy(ctx: MappingContext): Hsds {
  return { id: TOPICS_TAXONOMY_ID, ...TOPICS_TAXONOMY, uri: new URL('/topics', ctx.siteUrl).toString() };
}

export function toTaxonomyTerm(t: Pick<OpenTopic, 'id' | 'slug' | 'name' | 'description'>, ctx: MappingContext, withDetail = false): Hsds {
  return compact({
    id: taxonomyTermId(t.id),
    code: t.slug,
    name: t.name,
    description: t.description,
    taxonomy: TOPICS_TAXONOMY.name,
    taxonomy_detail: withDetail ? toTaxonomy(ctx) : undefined,
    language: 'en',
    taxonomy_id: TOPICS_TAXONOMY_ID,
    term_uri: topicPageUrl(ctx, t.slug),
  });
}

/** The organization behind a group: its sponsor, or the group itself when it runs on its own. */
export function toOrganization(g: OpenGroup): Hsds {
  const org = g.organization;
  if (org) {
    return compact({ id: organizationId(org.id), name: org.name, description: org.description, email: emailAddress(org.email), website: webUrl(org.website) });
  }
  return compact({ id: groupOrganizationId(g), name: g.name, description: g.summary, email: emailAddress(g.email), website: webUrl(g.website) });
}

/** The organization's public phone, for the fully nested organization. */
export function organizationPhones(g: OpenGroup): Hsds[] {
  const phone = (g.organization ? g.organization.phone : g.phone)?.trim();
  if (!phone) return [];
  const orgId = groupOrganizationId(g);
  return [{ id: childId(orgId, 'phone'), organization_id: orgId, number: phone, type: 'voice' }];
}

/** The service's one-to-one fields, as list endpoints give them. */
export function toServiceListItem(g: OpenGroup, _ctx: MappingContext): Hsds {
  return compact({ ...serviceFields(g), organization: toOrganization(g) });
}

function serviceFields(g: OpenGroup): Hsds {
  return compact({
    id: serviceId(g.id),
    organization_id: groupOrganizationId(g),
    name: g.name,
    description: serviceDescription(g.summary, g.description),
    url: webUrl(g.website),
    email: emailAddress(g.email),
    status: 'active',
    fees_description: g.costDescription.trim() || undefined,
    eligibility_description: ELIGIBILITY[g.whoMayAttend],
    assured_date: g.lastVerifiedAt ? isoDate(g.lastVerifiedAt) : undefined,
    last_modified: lastModified(g).toISOString(),
  });
}

/** The fully nested service (compiled/service.json). */
export function toService(g: OpenGroup, ctx: MappingContext): Hsds {
  const sid = serviceId(g.id);
  return compact({
    ...serviceFields(g),
    phones: g.phone?.trim() ? [{ id: childId(sid, 'phone'), service_id: sid, number: g.phone.trim(), type: 'voice' }] : [],
    schedules: g.meetings.map((m) => toSchedule(g, m, ctx)),
    service_at_locations: g.meetings.map((m) => toServiceAtLocation(g, m, ctx)),
    languages: [...new Set(g.languages)].map((code) => ({ id: childId(sid, `language/${code}`), service_id: sid, name: languageName(code), code })),
    organization: toOrganization(g),
    cost_options: [compact({ id: childId(sid, 'cost_option'), service_id: sid, option: COST_OPTION[g.costKind], amount_description: g.costDescription.trim() || undefined })],
    attributes: g.topics.map((t) => {
      const termId = taxonomyTermId(t.id);
      return { id: childId(sid, `attribute/${termId}`), link_id: sid, link_type: 'topic', link_entity: 'service', taxonomy_term_id: termId, taxonomy_term: toTaxonomyTerm(t, ctx, true) };
    }),
  });
}
