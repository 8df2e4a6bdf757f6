// An app that reads the directory through its HSDS 3.0 API gets documents
// that validate against the official schemas (no invented fields), only
// published listings, never a private contact, pages, filters, ETags and
// open CORS.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { hasHsds, pageErrors, schemaErrors, SHARED_MISSING } from '../support/hsds-schemas.ts';
import { createOpenDataFixtures, FIXTURE, PRIVATE_STRINGS } from '../support/open-data-fixtures.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { GET as info } from '../../app/api/hsds/route.ts';
import { GET as services } from '../../app/api/hsds/services/route.ts';
import { GET as service } from '../../app/api/hsds/services/[id]/route.ts';
import { GET as sals } from '../../app/api/hsds/service_at_locations/route.ts';
import { GET as sal } from '../../app/api/hsds/service_at_locations/[id]/route.ts';
import { GET as organizations } from '../../app/api/hsds/organizations/route.ts';
import { GET as organization } from '../../app/api/hsds/organizations/[id]/route.ts';
import { GET as taxonomies } from '../../app/api/hsds/taxonomies/route.ts';
import { GET as taxonomyTerms } from '../../app/api/hsds/taxonomy_terms/route.ts';
import { GET as taxonomyTerm } from '../../app/api/hsds/taxonomy_terms/[id]/route.ts';
import { serviceId, taxonomyTermId } from '../../lib/open-data/ids.ts';
import { haversineKm, lookupPlace } from '../../lib/geo/gazetteer.ts';
import { getPublishedGroup } from '../../lib/listings/group-detail.ts';
import { groupJsonLd } from '../../components/group/group-json-ld.tsx';

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
type Json = { [key: string]: unknown };
type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Json[] };

async function call(handler: Handler, path: string, id = '', headers: Record<string, string> = {}): Promise<Response> {
  return handler(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve({ id }) });
}

async function read<T = Json>(handler: Handler, path: string, id = ''): Promise<T> {
  const res = await call(handler, path, id);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const groupIdOf = async (slug: string) => (await db.group.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

let everything: Json[] = [];

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
  await createOpenDataFixtures(db);
  everything = (await read<Page>(services, '/api/hsds/services?full=true&per_page=200')).contents;
}, 240_000);

describe.skipIf(!hasHsds)(hasHsds ? 'the HSDS API' : `the HSDS API (${SHARED_MISSING})`, () => {
  it('says which HSDS version and OpenAPI file it follows', async () => {
    const body = await read(info, '/api/hsds');
    expect(body.version).toBe('3.0');
    expect(String(body.openapi_url)).toMatch(/openapi\.json$/);
  });

  it('lists every published group once, page by page, each page valid against the Page envelope and service_list.json', async () => {
    const published = await db.group.count({ where: { status: 'PUBLISHED' } });
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const body = await read<Page>(services, `/api/hsds/services?per_page=50&page=${page}`);
      expect(pageErrors(body, 'compiled/service_list.json')).toEqual([]);
      expect(body.page_number).toBe(page);
      expect(body.first_page).toBe(page === 1);
      for (const s of body.contents) seen.add(String(s.id));
      if (body.last_page) break;
    }
    expect(seen.size).toBe(published);
  });

  it('gives every published group in full, valid against compiled/service.json with no unknown fields', async () => {
    expect(everything.length).toBe(await db.group.count({ where: { status: 'PUBLISHED' } }));
    for (const s of everything) expect(schemaErrors('compiled/service.json', s), String(s.name)).toEqual([]);
  });

  it('reports a field the specification does not have, so the check above would catch one', () => {
    expect(schemaErrors('compiled/service.json', { ...everything[0], invented_field: 'x' }).join()).toContain('invented_field');
  });

  it('describes a hybrid every-other-week group: schedule rule, physical place with its online link, languages, cost, accessibility, topics and sponsor', async () => {
    const s = await read(service, '', serviceId(await groupIdOf(FIXTURE.hybrid)));
    expect(schemaErrors('compiled/service.json', s)).toEqual([]);
    const [schedule] = s.schedules as Json[];
    expect(schedule).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: 'MO,TH', wkst: 'MO', opens_at: '18:30', closes_at: '20:00', attending_type: 'in person or online', dtstart: '2025-01-06' });
    expect([-5, -4]).toContain(schedule?.timezone);
    expect(String(schedule?.description)).toContain('America/Toronto');
    const [at] = s.service_at_locations as Json[];
    const location = at?.location as Json;
    expect(location).toMatchObject({ location_type: 'physical', name: 'Central Library', url: 'https://meet.example.org/caregivers', latitude: 44.2312 });
    expect((location.addresses as Json[])[0]).toMatchObject({ address_1: '130 Johnson Street', city: 'Kingston', state_province: 'ON', postal_code: 'K7L 1X8', country: 'CA' });
    expect((location.accessibility as Json[]).map((a) => a.description ?? a.details)).toEqual(['Wheelchair accessible', 'Accessible washroom', 'Ramp at the side door.']);
    expect((s.languages as Json[]).map((l) => [l.code, l.name])).toEqual([['en', 'English'], ['fr', 'French']]);
    expect((s.cost_options as Json[])[0]).toMatchObject({ option: 'Voluntary donation', amount_description: 'A basket is passed; give what you can.' });
    expect((s.attributes as Json[]).map((a) => (a.taxonomy_term as Json).code).sort()).toEqual(['bereavement', 'caregiving']);
    expect((s.organization as Json).name).toBe('Kingston Family Services');
    expect(s.email).toBe('caregivers@example.org');
  });

  it('writes monthly patterns as nth weekdays (2TU, -1FR), a phone meeting as a virtual place with its dial-in, and by-arrangement without a rule', async () => {
    const monthly = await read(service, '', serviceId(await groupIdOf(FIXTURE.monthly)));
    expect((monthly.schedules as Json[])[0]).toMatchObject({ freq: 'MONTHLY', interval: 1, byday: '2TU', opens_at: '19:00', attending_type: 'online' });
    const online = (monthly.service_at_locations as Json[])[0]?.location as Json;
    expect(online).toMatchObject({ location_type: 'virtual', description: 'The online link is given when you contact the group.' });
    expect(online.url).toBeUndefined();

    const phone = await read(service, '', serviceId(await groupIdOf(FIXTURE.lastFriday)));
    expect((phone.schedules as Json[])[0]).toMatchObject({ freq: 'MONTHLY', byday: '-1FR', attending_type: 'by phone' });
    const phoneAt = (phone.service_at_locations as Json[])[0] as Json;
    expect((phoneAt.location as Json).location_type).toBe('virtual');
    expect((phoneAt.phones as Json[])[0]).toMatchObject({ number: '1-888-555-0123' });

    const arranged = await read(service, '', serviceId(await groupIdOf(FIXTURE.arrangement)));
    const arrangedSchedule = (arranged.schedules as Json[])[0] as Json;
    expect(arrangedSchedule.freq).toBeUndefined();
    expect(arrangedSchedule).toMatchObject({ attending_type: 'in person' });
    expect(String(arrangedSchedule.description)).toMatch(/arrangement/i);
    for (const s of [monthly, phone, arranged]) expect(schemaErrors('compiled/service.json', s)).toEqual([]);
  });

  it('never shows a private contact, an on-request link, or a group that is not published', async () => {
    const text = JSON.stringify(everything) + JSON.stringify(await read(sals, '/api/hsds/service_at_locations?full=true&per_page=200'));
    for (const secret of PRIVATE_STRINGS) expect(text).not.toContain(secret);
    expect(text).not.toContain('Open Data Draft Circle');
    expect(text).not.toContain('Open Data Archived Circle');
    expect((await call(service, '', serviceId(await groupIdOf(FIXTURE.draft)))).status).toBe(404);
    expect((await call(service, '', 'not-a-uuid')).status).toBe(404);
  });

  it('gives each meeting as a service_at_location, in list and full form, valid against their schemas', async () => {
    const list = await read<Page>(sals, '/api/hsds/service_at_locations?per_page=200');
    expect(pageErrors(list, 'compiled/service_at_location_list.json')).toEqual([]);
    expect(list.total_items).toBe(await db.meeting.count({ where: { group: { status: 'PUBLISHED' } } }));
    const first = list.contents[0] as Json;
    const one = await read(sal, '', String(first.id));
    expect(schemaErrors('compiled/service_at_location.json', one)).toEqual([]);
    expect((one.service as Json).id).toBe(first.service_id);
  });

  it('pages as asked, says when a page is past the end, and refuses a page size out of range', async () => {
    const page2 = await read<Page>(services, '/api/hsds/services?per_page=7&page=2');
    expect(page2).toMatchObject({ page_number: 2, size: 7, first_page: false, last_page: false, empty: false });
    expect(page2.total_pages).toBe(Math.ceil(page2.total_items / 7));
    const past = await read<Page>(services, `/api/hsds/services?per_page=7&page=${page2.total_pages + 1}`);
    expect(past).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
    expect((await call(services, '/api/hsds/services?per_page=0')).status).toBe(400);
    expect((await call(services, '/api/hsds/services?per_page=1000')).status).toBe(400);
  });

  it('narrows services to a topic (taxonomy_term_id), to words (search) and to an organization', async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'caregiving' }, select: { id: true, slug: true } });
    const byTopic = await read<Page>(services, `/api/hsds/services?full=true&per_page=200&taxonomy_term_id=${taxonomyTermId(topic.slug)}`);
    expect(byTopic.total_items).toBe(await db.group.count({ where: { status: 'PUBLISHED', topics: { some: { topicId: topic.id } } } }));
    for (const s of byTopic.contents) expect((s.attributes as Json[]).map((a) => a.taxonomy_term_id)).toContain(taxonomyTermId(topic.slug));

    const bySearch = await read<Page>(services, '/api/hsds/services?search=hybrid%20caregivers');
    expect(bySearch.contents.map((s) => s.name)).toEqual(['Open Data Hybrid Caregivers']);

    const orgs = await read<Page>(organizations, '/api/hsds/organizations?per_page=200');
    expect(pageErrors(orgs, 'compiled/organization_list.json')).toEqual([]);
    const sponsor = orgs.contents.find((o) => o.name === 'Kingston Family Services') as Json;
    const byOrg = await read<Page>(services, `/api/hsds/services?organization_id=${String(sponsor.id)}`);
    expect(byOrg.contents.map((s) => s.name)).toEqual(['Open Data Hybrid Caregivers']);
    const full = await read(organization, '', String(sponsor.id));
    expect(schemaErrors('compiled/organization.json', full)).toEqual([]);
    expect((full.services as Json[]).map((s) => s.name)).toEqual(['Open Data Hybrid Caregivers']);
  });

  it('finds meetings within a distance of a postal code (postcode and proximity in metres)', async () => {
    const origin = lookupPlace('K7L');
    if (!origin) throw new Error('the gazetteer has no K7L');
    const near = await read<Page>(sals, '/api/hsds/service_at_locations?postcode=K7L&proximity=15000&per_page=200');
    expect(near.contents.map((c) => c.service_id)).toContain(serviceId(await groupIdOf(FIXTURE.hybrid)));
    for (const c of near.contents) {
      const location = c.location as Json;
      expect(haversineKm(origin, { lat: Number(location.latitude), lng: Number(location.longitude) })).toBeLessThanOrEqual(15.1);
    }
    expect((await call(sals, '/api/hsds/service_at_locations?proximity=1000')).status).toBe(400);
  });

  it('publishes the topics as one taxonomy whose terms validate against taxonomy.json and taxonomy_term.json', async () => {
    const tax = await read<Page>(taxonomies, '/api/hsds/taxonomies');
    expect(pageErrors(tax, 'taxonomy.json')).toEqual([]);
    const terms = await read<Page>(taxonomyTerms, '/api/hsds/taxonomy_terms?per_page=200');
    expect(pageErrors(terms, 'taxonomy_term.json')).toEqual([]);
    expect(terms.total_items).toBe(await db.topic.count());
    const one = await read(taxonomyTerm, '', String(terms.contents[0]?.id));
    expect(schemaErrors('taxonomy_term.json', one)).toEqual([]);
  });

  it('keeps a group page’s JSON-LD in step with the API: same id, name, contacts and meeting place', async () => {
    const detail = await getPublishedGroup(FIXTURE.hybrid);
    if (!detail) throw new Error('no hybrid group');
    const ld = groupJsonLd(detail, `http://localhost/groups/${FIXTURE.hybrid}`) as Json;
    const s = await read(service, '', serviceId(detail.id));
    expect((ld.identifier as Json).value).toBe(s.id);
    expect(ld.name).toBe(s.name);
    expect(String(s.description).startsWith(String(ld.description))).toBe(true);
    expect(ld.telephone).toBe((s.phones as Json[])[0]?.number);
    expect(ld.email).toBe(s.email);
    expect(ld.sameAs).toEqual([s.url]);
    const address = (((s.service_at_locations as Json[])[0]?.location as Json).addresses as Json[])[0] as Json;
    expect(ld.address).toMatchObject({ streetAddress: address.address_1, addressLocality: address.city, postalCode: address.postal_code });
    expect((ld.parentOrganization as Json).name).toBe((s.organization as Json).name);
  });

  it('lets any web page read it (CORS), tells caches for how long, and answers 304 to a matching If-None-Match', async () => {
    const res = await call(services, '/api/hsds/services?per_page=3');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(res.headers.get('ratelimit-policy')).toMatch(/^\d+;w=\d+$/);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await call(services, '/api/hsds/services?per_page=3', '', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    // A listing changes: the same request now has a new ETag and a full answer.
    const first = (await res.json()) as Page;
    await db.group.update({ where: { id: await idOfService(String(first.contents[0]?.id)) }, data: { summary: 'A summary that staff just corrected.' } });
    const changed = await call(services, '/api/hsds/services?per_page=3', '', { 'If-None-Match': etag ?? '' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

async function idOfService(id: string): Promise<string> {
  const groups = await db.group.findMany({ where: { status: 'PUBLISHED' }, select: { id: true } });
  const found = groups.find((g) => serviceId(g.id) === id);
  if (!found) throw new Error(`no group for service ${id}`);
  return found.id;
}
