// One published group as an HSDS 3.0 service: the group is a service; each
// of its meetings is a service_at_location with its own location and
// schedule (hsds-meeting.ts); its topics are terms of the published "topics"
// taxonomy, linked as attributes. Pure: the API, the exports and (later) the
// importer share it. Only public fields are read (source.ts has no private
// contact columns), and a link or dial-in kept "on request" is never written.
import { meetingLocation } from '../listings/meeting-place.ts';
import { type Hsds, compact, emailAddress, groupOrganizationId, idsOf, isoDate, webUrl } from './hsds-common.ts';
import { toLocation, toSchedule } from './hsds-meeting.ts';
import { childId, organizationId, serviceId, taxonomyTermId, TOPICS_TAXONOMY_ID } from './ids.ts';
import { type MappingContext, type OpenGroup, type OpenMeeting, type OpenTopic, lastModified, topicPageUrl } from './source.ts';
import { COST_OPTION, ELIGIBILITY, TOPICS_TAXONOMY, languageName, serviceDescription } from './vocabulary.ts';

export type { Hsds } from './hsds-common.ts';

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
    id: taxonomyTermId(t.slug),
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
    return compact({ id: organizationId(org.name), name: org.name, description: org.description, email: emailAddress(org.email), website: webUrl(org.website) });
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
    id: serviceId(g.id, g.externalId),
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
  const sid = serviceId(g.id, g.externalId);
  return compact({
    ...serviceFields(g),
    phones: g.phone?.trim() ? [{ id: childId(sid, 'phone'), service_id: sid, number: g.phone.trim(), type: 'voice' }] : [],
    schedules: g.meetings.map((m) => toSchedule(g, m, ctx)),
    service_at_locations: g.meetings.map((m) => toServiceAtLocation(g, m, ctx)),
    languages: [...new Set(g.languages)].map((code) => ({ id: childId(sid, `language/${code}`), service_id: sid, name: languageName(code), code })),
    organization: toOrganization(g),
    cost_options: [compact({ id: childId(sid, 'cost_option'), service_id: sid, option: COST_OPTION[g.costKind], amount_description: g.costDescription.trim() || undefined })],
    attributes: g.topics.map((t) => {
      const termId = taxonomyTermId(t.slug);
      return { id: childId(sid, `attribute/${termId}`), link_id: sid, link_type: 'topic', link_entity: 'service', taxonomy_term_id: termId, taxonomy_term: toTaxonomyTerm(t, ctx, true) };
    }),
  });
}
