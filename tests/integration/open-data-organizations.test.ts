// An app paging through the open-data (HSDS) organizations gets every
// organization exactly once, in one A–Z order, whatever the page size, and
// the same as the API's look-up by id — without the server reading every
// group for each page (decision 040).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { GET as organizations } from '../../app/api/hsds/organizations/route.ts';
import { GET as organization } from '../../app/api/hsds/organizations/[id]/route.ts';

type Json = Record<string, unknown>;
type Page = { total_items: number; total_pages: number; contents: Json[] };

async function read<T = Json>(handler: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>, path: string, id = ''): Promise<T> {
  const res = await handler(new Request(`http://localhost${path}`), { params: Promise.resolve({ id }) });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

// Sponsors and groups of their own, named so they interleave A–Z; two
// sponsor rows whose names fold alike are one organization to the API.
const SPONSORS = ['Beacon Family Services', 'Maple Counselling Centre', 'Ñandú Outreach', 'ñandu outreach', 'Zenith Health Network'];
const OWN = ['Anchor Peer Circle', 'Cedar Grief Group', '"Daybreak" Recovery', 'Lantern Parents', 'Oak Caregivers', 'Willow Widows Circle', 'Yarrow Youth Talk'];

beforeAll(async () => {
  for (const [i, name] of SPONSORS.entries()) {
    await db.$executeRaw`INSERT INTO "Organization" (id, name, "createdAt", "updatedAt") VALUES (${'org-' + i}, ${name}, ${new Date(Date.UTC(2026, 0, 1 + i))}, now())`;
    await addGroup(`sponsored-${i}`, `Program ${i} of ${name}`, `org-${i}`);
  }
  for (const [i, name] of OWN.entries()) await addGroup(`own-${i}`, name, null);
  await addGroup('own-draft', 'Aardvark Draft Circle', null, 'DRAFT');
});

async function addGroup(id: string, name: string, organizationId: string | null, status = 'PUBLISHED') {
  await db.$executeRaw`INSERT INTO "Group" (id, slug, name, summary, description, status, "organizationId", "updatedAt")
    VALUES (${id}, ${id}, ${name}, 'Peer support.', 'Members share.', ${status}::"GroupStatus", ${organizationId}, now())`;
}

describe('the open-data organizations list', () => {
  it('lists each organization once, A–Z, sponsors among groups of their own, and not a draft', async () => {
    const all = await read<Page>(organizations, '/api/hsds/organizations?per_page=100');
    const names = all.contents.map((o) => o.name);
    expect(names).toEqual([
      'Anchor Peer Circle',
      'Beacon Family Services',
      'Cedar Grief Group',
      '"Daybreak" Recovery',
      'Lantern Parents',
      'Maple Counselling Centre',
      'Ñandú Outreach',
      'Oak Caregivers',
      'Willow Widows Circle',
      'Yarrow Youth Talk',
      'Zenith Health Network',
    ]);
    expect(all.total_items).toBe(11);
    expect(new Set(all.contents.map((o) => o.id)).size).toBe(11);
  });

  it.each([1, 2, 3, 4, 5])('gives the same organizations in the same order a page of %i at a time', async (size) => {
    const all = (await read<Page>(organizations, '/api/hsds/organizations?per_page=100')).contents.map((o) => o.id);
    const paged: unknown[] = [];
    for (let page = 1; ; page++) {
      const p = await read<Page>(organizations, `/api/hsds/organizations?per_page=${size}&page=${page}`);
      expect(p.total_items).toBe(all.length);
      if (!p.contents.length) break;
      expect(p.contents.length).toBeLessThanOrEqual(size);
      paged.push(...p.contents.map((o) => o.id));
    }
    expect(paged).toEqual(all);
  });

  it('nests both sponsor rows’ programs under the one organization their names make, in the list and by id', async () => {
    const all = await read<Page>(organizations, '/api/hsds/organizations?per_page=100&full_service=true');
    const nandu = all.contents.find((o) => o.name === 'Ñandú Outreach')!;
    const programs = (nandu.services as Json[]).map((s) => s.name).sort();
    expect(programs).toEqual(['Program 2 of Ñandú Outreach', 'Program 3 of ñandu outreach']);
    const byId = await read(organization, `/api/hsds/organizations/${String(nandu.id)}?full_service=true`, String(nandu.id));
    expect((byId.services as Json[]).map((s) => s.name).sort()).toEqual(programs);
  });

  it('narrows to the organizations of groups matching a search, counted as such', async () => {
    const found = await read<Page>(organizations, '/api/hsds/organizations?search=outreach&per_page=1');
    expect(found.total_items).toBe(1);
    expect(found.contents.map((o) => o.name)).toEqual(['Ñandú Outreach']);
  });
});
