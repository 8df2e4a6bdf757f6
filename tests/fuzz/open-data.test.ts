// The open data, 1,000 generated requests to each way in: the HSDS API
// (its lists with every query parameter, its records by id), the whole
// directory as HSDS JSON, tabular zip and CSV, the Meeting Guide feed and
// the calendars of a group and a topic. Each answers 200, 304, 400 or 404
// with a body that reads as what it says it is (JSON parses), never a 500.
// Hostile request headers (If-None-Match, forwarding headers a visitor can
// write) ride along with each request.
import './support/cheap-writes.ts';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Every request is its own visitor: the server records the connection's
// address in a header only it writes (decision 023), and each run comes from
// a new address, so the 300-a-minute limit never hides the handler. The
// forwarding headers the fuzzer writes are not believed (no trusted proxy).
const request = vi.hoisted(() => {
  process.env.SELFHELP_PEER_HEADER = 'x-fuzz-peer';
  return { headers: new Headers() };
});
vi.mock('next/headers', () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined }) }));
import fc from 'fast-check';
import { db } from '../support/db.ts';
import { createFuzzDirectory, fuzzGroups } from './support/fixtures.ts';
import { fuzz } from './support/fuzz.ts';
import { hostileValue, queryString, rawQueryPart, segment } from './support/arbitraries.ts';
import { organizationId, ownOrganizationId, serviceAtLocationId, serviceId, taxonomyTermId, TOPICS_TAXONOMY_ID } from '../../lib/open-data/ids.ts';
import { GET as hsdsInfo } from '../../app/api/hsds/route.ts';
import { GET as services } from '../../app/api/hsds/services/route.ts';
import { GET as service } from '../../app/api/hsds/services/[id]/route.ts';
import { GET as organizations } from '../../app/api/hsds/organizations/route.ts';
import { GET as organization } from '../../app/api/hsds/organizations/[id]/route.ts';
import { GET as serviceAtLocations } from '../../app/api/hsds/service_at_locations/route.ts';
import { GET as serviceAtLocation } from '../../app/api/hsds/service_at_locations/[id]/route.ts';
import { GET as taxonomies } from '../../app/api/hsds/taxonomies/route.ts';
import { GET as taxonomy } from '../../app/api/hsds/taxonomies/[id]/route.ts';
import { GET as taxonomyTerms } from '../../app/api/hsds/taxonomy_terms/route.ts';
import { GET as taxonomyTerm } from '../../app/api/hsds/taxonomy_terms/[id]/route.ts';
import { GET as meetingGuide } from '../../app/api/meeting-guide.json/route.ts';
import { GET as hsdsJson } from '../../app/api/open-data/hsds.json/route.ts';
import { GET as hsdsTabular } from '../../app/api/open-data/hsds-tabular.zip/route.ts';
import { GET as listingsCsv } from '../../app/api/open-data/listings.csv/route.ts';
import { GET as groupCalendar } from '../../app/groups/[slug]/calendar.ics/route.ts';
import { GET as topicCalendar } from '../../app/topics/[slug]/calendar.ics/route.ts';

type Params = { id: string; slug: string };
type Handler = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;
type Headerish = Record<string, string>;

const GROUP_SLUGS = Object.values(fuzzGroups);
const TOPIC_SLUGS = ['bereavement', 'mental-health'];
const LIST_PARAMS = ['page', 'per_page', 'search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'full_service', 'postcode', 'proximity', 'top_only', 'parent_id', 'format'];
let ids: string[] = [];
let visitor = 0;

beforeAll(async () => {
  await createFuzzDirectory();
  const groups = await db.group.findMany({ select: { id: true, externalId: true, organization: { select: { name: true } }, meetings: { select: { id: true } } } });
  const topics = await db.topic.findMany({ select: { slug: true } });
  ids = [
    TOPICS_TAXONOMY_ID,
    ...groups.flatMap((g) => {
      const service = serviceId(g.id, g.externalId);
      return [service, ownOrganizationId(service), ...(g.organization ? [organizationId(g.organization.name)] : []), ...g.meetings.map((_, i) => serviceAtLocationId(service, i))];
    }),
    ...topics.map((t) => taxonomyTermId(t.slug)),
  ];
}, 120_000);

/** Good values for the list parameters, mixed by queryString with hostile ones. */
function goodListValues(): string[] {
  return ['1', '2', '0', '-1', '200', '201', '1e3', '1.5', 'true', 'false', 'TRUE', 'json', 'xml', 'grief', 'K7L 3N6', 'K7L', '5000', '500001', '2026-01-01', '2026-01-01T00:00:00Z', '2026-13-45', ...ids.slice(0, 6), ids[0]!.toUpperCase()];
}

/** Headers a visitor (or a cache) can send: If-None-Match with tags good and broken, forwarding headers it may not be believed on. */
const visitorHeaders: fc.Arbitrary<Headerish> = fc.record(
  {
    'if-none-match': fc.oneof(fc.constantFrom('*', '"x"', 'W/"x"', ', ,', 'W/', '"', '*, "a"'), hostileValue),
    'x-forwarded-for': fc.oneof(fc.constantFrom('203.0.113.9', '203.0.113.9, 10.0.0.1', '::1', 'unknown'), hostileValue),
    'x-real-ip': hostileValue,
    'x-fuzz-peer': hostileValue,
  },
  { requiredKeys: [] },
);

/** Header values as fetch accepts them (a visitor's raw bytes arrive as Latin-1 text, never with line breaks or NUL). */
function headersOf(h: Headerish): Headers {
  const out = new Headers();
  for (const [k, v] of Object.entries(h)) {
    const clean = v.replace(/[^\t\x20-\x7e\x80-\xff]/g, '').slice(0, 8000);
    out.set(k, clean);
  }
  // The server writes the peer header itself, overwriting anything sent: a new address each run.
  visitor++;
  out.set('x-fuzz-peer', `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`);
  return out;
}

/** Calls a route as Next would: its headers are what next/headers reads. */
async function call(handler: Handler, path: string, headers: Headers, params: Partial<Params> = {}): Promise<Response> {
  request.headers = headers;
  let url: string;
  try {
    url = new URL(path, 'http://localhost').toString();
  } catch {
    url = 'http://localhost/';
  }
  return handler(new Request(url, { headers }), { params: Promise.resolve({ id: '', slug: '', ...params }) });
}

/** A valid answer: a known status, and a body that is what its type says. */
async function expectValidAnswer(res: Response, where: string, kind: 'json' | 'zip' | 'csv' | 'ics'): Promise<void> {
  expect([200, 304, 400, 404], where).toContain(res.status);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (res.status === 304) return expect(bytes.length, where).toBe(0);
  const type = res.headers.get('content-type') ?? '';
  const text = new TextDecoder().decode(bytes);
  if (res.status !== 200 || kind === 'json') {
    expect(type, where).toMatch(/^application\/json/);
    JSON.parse(text);
    return;
  }
  if (kind === 'zip') expect([...bytes.slice(0, 4)], where).toEqual([0x50, 0x4b, 0x03, 0x04]);
  if (kind === 'ics') expect(text, where).toMatch(/^BEGIN:VCALENDAR/);
  if (kind === 'csv') expect(type, where).toMatch(/^text\/csv/);
}

describe('fuzzing the open data', () => {
  it('answers every generated query to the HSDS API lists', async () => {
    const lists: [string, Handler][] = [
      ['/api/hsds', hsdsInfo],
      ['/api/hsds/services', services],
      ['/api/hsds/organizations', organizations],
      ['/api/hsds/service_at_locations', serviceAtLocations],
      ['/api/hsds/taxonomies', taxonomies],
      ['/api/hsds/taxonomy_terms', taxonomyTerms],
    ];
    await fuzz('routes app/api/hsds/route.ts, services, organizations, service_at_locations, taxonomies, taxonomy_terms', fc.tuple(queryString(LIST_PARAMS, goodListValues()), visitorHeaders), async ([q, h]) => {
      for (const [path, handler] of lists) await expectValidAnswer(await call(handler, `${path}?${q}`, headersOf(h)), `${path}?${q}`, 'json');
    });
  });

  it('answers every generated id to the HSDS API records, or a 404', async () => {
    const records: [string, Handler][] = [
      ['/api/hsds/services/', service],
      ['/api/hsds/organizations/', organization],
      ['/api/hsds/service_at_locations/', serviceAtLocation],
      ['/api/hsds/taxonomies/', taxonomy],
      ['/api/hsds/taxonomy_terms/', taxonomyTerm],
    ];
    const query = queryString(['full_service', 'format', 'full'], ['true', 'false', 'json']);
    await fuzz('routes app/api/hsds/services/[id], organizations/[id], service_at_locations/[id], taxonomies/[id], taxonomy_terms/[id]', fc.tuple(segment(ids), query, visitorHeaders), async ([id, q, h]) => {
      for (const [path, handler] of records) await expectValidAnswer(await call(handler, `${path}x?${q}`, headersOf(h), { id }), `${path}${id}?${q}`, 'json');
    });
  });

  it('answers every generated request for the directory as HSDS JSON, tabular zip, CSV and Meeting Guide feed', async () => {
    const exports: [string, Handler, 'json' | 'zip' | 'csv'][] = [
      ['/api/meeting-guide.json', meetingGuide, 'json'],
      ['/api/open-data/hsds.json', hsdsJson, 'json'],
      ['/api/open-data/hsds-tabular.zip', hsdsTabular, 'zip'],
      ['/api/open-data/listings.csv', listingsCsv, 'csv'],
    ];
    await fuzz('routes app/api/meeting-guide.json, open-data/hsds.json, open-data/hsds-tabular.zip, open-data/listings.csv', fc.tuple(rawQueryPart, visitorHeaders), async ([q, h]) => {
      for (const [path, handler, kind] of exports) await expectValidAnswer(await call(handler, `${path}?${q}`, headersOf(h)), path, kind);
    });
  });

  it('answers every generated group and topic calendar address with a calendar or a 404', async () => {
    await fuzz('routes app/groups/[slug]/calendar.ics, app/topics/[slug]/calendar.ics', fc.tuple(segment(GROUP_SLUGS), segment(TOPIC_SLUGS), visitorHeaders), async ([group, topic, h]) => {
      await expectValidAnswer(await call(groupCalendar, '/groups/x/calendar.ics', headersOf(h), { slug: group }), `/groups/${group}/calendar.ics`, 'ics');
      await expectValidAnswer(await call(topicCalendar, '/topics/x/calendar.ics', headersOf(h), { slug: topic }), `/topics/${topic}/calendar.ics`, 'ics');
    });
  });
});
