// A directory that publishes its listings as HSDS and another that imports
// them: exporting, importing the document into an empty directory (dry run,
// then applying it as an administrator, through the functions the staff
// import actions call) and exporting again gives the same document — the
// same ids everywhere and the same listings (issue 18, decision 029's
// amendment). The second directory is this test's database emptied as the
// owner and given its topics afresh, so every row id differs from the first.
import { beforeAll, describe, expect, it } from 'vitest';
import { asOwner, db } from '../support/db.ts';
import { asSession, makeStaff, type TestStaff } from '../support/staff.ts';
import { createOpenDataFixtures } from '../support/open-data-fixtures.ts';
import { createTopics } from '../../prisma/seed/factories.ts';
import { hsdsJsonExport, hsdsTabularExport } from '../../lib/open-data/exports.ts';
import type { MappingContext } from '../../lib/open-data/source.ts';
import { readUpload } from '../../lib/open-data/import/read-upload.ts';
import { planImport } from '../../lib/open-data/import/plan-data.ts';
import { applyImportRun, saveImportRun } from '../../lib/open-data/import/runs-data.ts';

type Json = { [key: string]: unknown };

const ctx: MappingContext = { siteUrl: 'https://groups.example.org', now: new Date('2026-03-02T12:00:00Z') };
const today = ctx.now.toISOString().slice(0, 10);

/**
 * Fields that change by definition when a listing moves to another directory:
 * - `last_modified`: when this directory last changed the listing; importing
 *   it is a change.
 * - `assured_date`: when this directory's staff last checked the listing; an
 *   import is not a check, so the importer leaves it unset.
 */
const CHANGES_BY_DEFINITION = ['last_modified', 'assured_date'] as const;

function withoutChangingFields(services: Json[]): Json[] {
  return services.map((s) => {
    const copy = { ...s };
    for (const k of CHANGES_BY_DEFINITION) delete copy[k];
    return copy;
  });
}

const text = (b: string | Uint8Array) => (typeof b === 'string' ? b : new TextDecoder().decode(b));

async function exportJson(): Promise<Json[]> {
  return JSON.parse(text((await hsdsJsonExport(ctx)).body)) as Json[];
}

/** An empty second directory: no listings, organizations or topics, then the same topics seeded again (new row ids). */
async function emptyDirectory() {
  await asOwner('TRUNCATE "Group", "Meeting", "GroupTopic", "Organization", "Topic", "ImportRun" CASCADE');
  await createTopics(db);
}

/** Dry run, then apply, as the staff import actions do; the counts of the dry run. */
async function importAsAdmin(admin: TestStaff, fileName: string, bytes: Uint8Array) {
  const read = readUpload(bytes, today, false);
  if (read.ok !== true) throw new Error(`upload refused: ${JSON.stringify(read)}`);
  const dryRun = await planImport(read.records);
  const rejected = dryRun.rows.filter((r) => r.action === 'reject').map((r) => `${r.ref}: ${r.reasons.join('; ')}`);
  expect(rejected).toEqual([]);
  const id = await saveImportRun({ createdById: admin.id, format: read.format, fileName, publish: true, stage: 'READY', payload: { records: read.records, notes: read.notes } });
  const applied = await applyImportRun(id, { actor: asSession(admin), ip: '192.0.2.10' });
  expect(applied.status).toBe('applied');
  return dryRun.counts;
}

let admin: TestStaff;
let first: Json[] = [];

beforeAll(async () => {
  admin = await makeStaff('ADMIN');
  await createOpenDataFixtures(db);
  first = await exportJson();
}, 120_000);

describe('exporting, importing into an empty directory and exporting again', () => {
  it('covers every way of meeting and every recurrence the directory has', () => {
    const attending = new Set(first.flatMap((s) => (s.schedules as Json[]).map((x) => x.attending_type)));
    expect([...attending].sort()).toEqual(['by phone', 'in person', 'in person or online', 'online']);
    const rules = new Set(first.flatMap((s) => (s.schedules as Json[]).map((x) => String(x.freq ?? 'by arrangement'))));
    expect([...rules].sort()).toEqual(['MONTHLY', 'WEEKLY', 'by arrangement']);
  });

  it('gives the same HSDS JSON document, ids included, apart from the dates that record this directory’s own changes and checks', async () => {
    await emptyDirectory();
    const counts = await importAsAdmin(admin, 'directory-hsds.json', new TextEncoder().encode(JSON.stringify(first)));
    expect(counts).toMatchObject({ create: first.length, reject: 0 });
    const again = await exportJson();
    expect(withoutChangingFields(again)).toEqual(withoutChangingFields(first));
  }, 120_000);

  it('gives the same document again after a second round through the HSDS tabular zip', async () => {
    const zip = await hsdsTabularExport(ctx);
    await emptyDirectory();
    await importAsAdmin(admin, 'directory-hsds-tabular.zip', zip.body as Uint8Array);
    expect(withoutChangingFields(await exportJson())).toEqual(withoutChangingFields(first));
  }, 120_000);
});
