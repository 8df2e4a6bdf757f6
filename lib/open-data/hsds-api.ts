// The read-only HSDS 3.0 API (openapi.json): what each endpoint answers,
// as JSON values. The routes in app/api/hsds/ wrap these in http.ts.
import 'server-only';
import { env } from '../env.ts';
import { lookupPlace } from '../geo/gazetteer.ts';
import {
  allOpenGroups,
  findGroupByServiceId,
  findMeetingBySalId,
  listOpenGroups,
  listOpenMeetings,
  listOpenTopics,
  meetingsNear,
  organizationPage,
  resolveOrganizationId,
  topicIdsForTerms,
  type GroupFilter,
} from './data.ts';
import { groupOrganizationId } from './hsds-common.ts';
import { taxonomyTermId, TOPICS_TAXONOMY_ID } from './ids.ts';
import {
  type Hsds,
  organizationPhones,
  toOrganization,
  toService,
  toServiceAtLocation,
  toServiceAtLocationListItem,
  toServiceListItem,
  toTaxonomy,
  toTaxonomyTerm,
} from './hsds-service.ts';
import { BadRequest, type ListQuery, pageEnvelope, pageOf, skipTake } from './query.ts';
import type { MappingContext, OpenGroup } from './source.ts';
import { HSDS_OPENAPI_URL, HSDS_VERSION } from './vocabulary.ts';

export const mappingContext = (): MappingContext => ({ siteUrl: env().SITE_URL, now: new Date() });

/** GET /api/hsds/ — which version and profile this API follows. */
export function apiInfo(ctx: MappingContext) {
  return { version: HSDS_VERSION, profile: new URL('/open-data', ctx.siteUrl).toString(), openapi_url: HSDS_OPENAPI_URL };
}

const NOTHING: GroupFilter = { groupIds: [] };
/** Without a radius, a postcode means "within 10 km of it". */
const DEFAULT_PROXIMITY_M = 10_000;

/** The query's filters as rows; a filter naming nothing we have matches nothing. */
async function groupFilter(q: ListQuery): Promise<{ filter: GroupFilter; meetingIds?: string[] }> {
  const filter: GroupFilter = { search: q.search, modifiedAfter: q.modified_after };
  if (q.taxonomy_id && q.taxonomy_id !== TOPICS_TAXONOMY_ID) return { filter: NOTHING };
  if (q.taxonomy_term_id) {
    const topicIds = await topicIdsForTerms([q.taxonomy_term_id]);
    if (topicIds.length === 0) return { filter: NOTHING };
    filter.topicIds = topicIds;
  } else if (q.taxonomy_id) {
    filter.topicIds = (await listOpenTopics()).map((t) => t.id);
  }
  if (q.organization_id) {
    const org = await resolveOrganizationId(q.organization_id);
    if (!org) return { filter: NOTHING };
    Object.assign(filter, org);
  }
  if (q.proximity !== undefined && !q.postcode) throw new BadRequest('proximity: needs a postcode to measure from');
  if (q.postcode) {
    const place = lookupPlace(q.postcode);
    if (!place || place.kind !== 'postal') throw new BadRequest('postcode: not a postal code this directory knows');
    const near = await meetingsNear(place.lat, place.lng, q.proximity ?? DEFAULT_PROXIMITY_M);
    return { filter: { ...filter, groupIds: near.groupIds }, meetingIds: near.meetingIds };
  }
  return { filter };
}

/** GET services: one-to-one fields, or fully nested with full=true. */
export async function listServices(q: ListQuery, ctx: MappingContext) {
  const { filter } = await groupFilter(q);
  const { rows, total } = await listOpenGroups(filter, skipTake(q));
  return pageEnvelope(rows.map((g) => (q.full ? toService(g, ctx) : toServiceListItem(g, ctx))), total, q);
}

export async function getService(id: string, ctx: MappingContext): Promise<Hsds | null> {
  const group = await findGroupByServiceId(id);
  return group ? toService(group, ctx) : null;
}

/** GET service_at_locations: one per meeting of a published group. */
export async function listServiceAtLocations(q: ListQuery, ctx: MappingContext) {
  const { filter, meetingIds } = await groupFilter(q);
  const { items, total } = await listOpenMeetings(filter, meetingIds, skipTake(q));
  const contents = items.flatMap(({ group, meetingId }) => {
    const m = group.meetings.find((x) => x.id === meetingId);
    if (!m) return [];
    return [q.full ? toServiceAtLocation(group, m, ctx) : toServiceAtLocationListItem(group, m, ctx)];
  });
  return pageEnvelope(contents, total, q);
}

export async function getServiceAtLocation(id: string, ctx: MappingContext): Promise<Hsds | null> {
  const found = await findMeetingBySalId(id);
  const m = found?.group.meetings.find((x) => x.id === found.meetingId);
  if (!found || !m) return null;
  return { ...toServiceAtLocation(found.group, m, ctx), service: toServiceListItem(found.group, ctx) };
}

/** Each organization once, with the published groups it runs, A–Z. */
function organizationsOf(groups: OpenGroup[]): { org: Hsds; groups: OpenGroup[] }[] {
  const byId = new Map<string, { org: Hsds; groups: OpenGroup[] }>();
  for (const g of groups) {
    const id = groupOrganizationId(g);
    const entry = byId.get(id) ?? { org: toOrganization(g), groups: [] };
    entry.groups.push(g);
    byId.set(id, entry);
  }
  return [...byId.values()].sort((a, b) => String(a.org.name).localeCompare(String(b.org.name), 'en') || String(a.org.id).localeCompare(String(b.org.id)));
}

function fullOrganization(entry: { org: Hsds; groups: OpenGroup[] }, fullServices: boolean, ctx: MappingContext): Hsds {
  const first = entry.groups[0];
  return {
    ...entry.org,
    phones: first ? organizationPhones(first) : [],
    services: entry.groups.map((g) => (fullServices ? toService(g, ctx) : toServiceListItem(g, ctx))),
  };
}

/** GET organizations: the sponsors of published groups, and each group that runs on its own, a page at a time. */
export async function listOrganizations(q: ListQuery, ctx: MappingContext) {
  const { keys, total } = await organizationPage(q.search, skipTake(q));
  const entries = organizationsOf(await allOpenGroups({ search: q.search, organizations: keys }));
  // In the page's order: each key names the organization one of its groups belongs to.
  const inOrder = keys.flatMap((k) => entries.filter((e) => e.groups.some((g) => ('ownOrganizationGroupId' in k ? g.id === k.ownOrganizationGroupId && !g.organization : k.organizationRowIds.includes(g.organization?.id ?? '')))));
  return pageEnvelope(inOrder.map((e) => (q.full || q.full_service ? fullOrganization(e, Boolean(q.full_service), ctx) : e.org)), total, q);
}

export async function getOrganization(id: string, q: Pick<ListQuery, 'full_service'>, ctx: MappingContext): Promise<Hsds | null> {
  const org = await resolveOrganizationId(id);
  if (!org) return null;
  const [entry] = organizationsOf(await allOpenGroups(org));
  return entry ? fullOrganization(entry, Boolean(q.full_service), ctx) : null;
}

/** GET taxonomies: the one taxonomy, the directory's topics. */
export function listTaxonomies(q: ListQuery, ctx: MappingContext) {
  const taxonomy = toTaxonomy(ctx);
  const words = (q.search ?? '').toLowerCase();
  return pageOf(words && !`${taxonomy.name} ${taxonomy.description}`.toLowerCase().includes(words) ? [] : [taxonomy], q);
}

export function getTaxonomy(id: string, ctx: MappingContext): Hsds | null {
  return id.toLowerCase() === TOPICS_TAXONOMY_ID ? toTaxonomy(ctx) : null;
}

/** GET taxonomy_terms: every topic (none has a parent: the list is flat). */
export async function listTaxonomyTerms(q: ListQuery, ctx: MappingContext) {
  const words = (q.search ?? '').toLowerCase();
  const none = (q.taxonomy_id && q.taxonomy_id !== TOPICS_TAXONOMY_ID) || q.parent_id;
  const topics = none ? [] : (await listOpenTopics()).filter((t) => !words || `${t.name} ${t.description}`.toLowerCase().includes(words));
  return pageOf(topics.map((t) => toTaxonomyTerm(t, ctx)), q);
}

export async function getTaxonomyTerm(id: string, ctx: MappingContext): Promise<Hsds | null> {
  const topic = (await listOpenTopics()).find((t) => taxonomyTermId(t.slug) === id.toLowerCase());
  return topic ? toTaxonomyTerm(topic, ctx, true) : null;
}
