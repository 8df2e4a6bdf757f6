// Administrators bring in listings from HSDS documents, the HSDS tabular zip
// or a spreadsheet: a dry run first says, row by row, what would happen;
// applying it is all or nothing, audited; a bad file changes nothing. The
// actions run for real against PostgreSQL; only the session cookie read is
// replaced, so the guard still checks the account in the database.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { makeStaff, type TestStaff } from '../support/staff.ts';
import { buildGroup, buildMeeting, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { previewImportAction } from '../../app/staff/import/actions/preview-import-action.ts';
import { mapImportColumnsAction } from '../../app/staff/import/actions/map-import-columns-action.ts';
import { applyImportAction } from '../../app/staff/import/actions/apply-import-action.ts';
import { emptyImportState, type ImportFormState } from '../../lib/open-data/import/form-state.ts';
import { planImport } from '../../lib/open-data/import/plan-data.ts';
import { readUpload } from '../../lib/open-data/import/read-upload.ts';
import { getImportRun, type StoredRecords } from '../../lib/open-data/import/runs-data.ts';
import { AuthorizationError } from '../../lib/staff/guards.ts';
import { formOf, redirectOf, signInAs } from './support/staff-actions-harness.ts';
import { csvBytes, HAVE_EXAMPLES, HSDS_EXAMPLES, hsdsService, jsonBytes, uploadForm } from './support/import-fixtures.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let admin: TestStaff;
let editor: TestStaff;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await createTopics(db);
  admin = await makeStaff('ADMIN');
  editor = await makeStaff('EDITOR', { totp: true });
});

/** Rows in every table an import could write, audit entries included. */
async function counts() {
  const [row] = await rawQuery<Record<string, bigint>>(`SELECT
    (SELECT COUNT(*) FROM "Group") AS groups, (SELECT COUNT(*) FROM "Meeting") AS meetings, (SELECT COUNT(*) FROM "GroupTopic") AS topics,
    (SELECT COUNT(*) FROM "ImportRun") AS runs, (SELECT COUNT(*) FROM "AuditLog") AS audit, (SELECT MAX("updatedAt") FROM "Group") AS changed`);
  return row;
}

/** Upload as the admin: the run's id when the dry run was kept, or the state shown in place. */
async function upload(name: string, bytes: Uint8Array, extra: Record<string, string> = {}): Promise<{ runId: string | null; path: string | null; state: ImportFormState | null }> {
  signInAs(admin);
  try {
    const state = await previewImportAction(emptyImportState, uploadForm(name, bytes, extra));
    return { runId: null, path: null, state };
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT')) throw e;
    const to = digest.split(';')[2] ?? '';
    return { runId: /^\/staff\/import\/([a-z0-9]+)/.exec(to)?.[1] ?? null, path: to, state: null };
  }
}

async function apply(runId: string) {
  signInAs(admin);
  return redirectOf(applyImportAction(emptyImportState, formOf({ id: runId })));
}

async function plannedRun(runId: string) {
  const run = await getImportRun(runId);
  return planImport((run?.payload as StoredRecords).records);
}

/** A bad upload: refused with a reason that mentions `reason`, at `where` or on a rejected row, and nothing changed. */
async function expectRefused(name: string, bytes: Uint8Array, reason: RegExp) {
  const before = await counts();
  const { state, runId } = await upload(name, bytes);
  expect(runId, 'a refused upload is not kept').toBeNull();
  const said = [...(state?.problems ?? []).map((p) => `${p.where}: ${p.reason}`), ...(state?.rows ?? []).filter((r) => r.action === 'reject').flatMap((r) => r.reasons.map((x) => `${r.ref}: ${x}`))];
  expect(said.join('\n')).toMatch(reason);
  expect(await counts()).toEqual(before);
  return state;
}

const EXAMPLES_TITLE = HAVE_EXAMPLES
  ? 'importing the official HSDS 3.0 examples'
  : 'importing the official HSDS 3.0 examples — skipped: ../shared/hsds-3.0/examples (beside the repository) is not on this machine';

describe.skipIf(!HAVE_EXAMPLES)(EXAMPLES_TITLE, () => {
  const files = HAVE_EXAMPLES ? fs.readdirSync(HSDS_EXAMPLES).filter((f) => f.endsWith('.json')) : [];
  const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(HSDS_EXAMPLES, f)));

  it('reads every example: each service would be created and none rejected; files without services say so', async () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const parsed = readUpload(read(f), today());
      expect(parsed.ok, f).toBe(true);
      if (parsed.ok !== true) continue;
      const plan = await planImport(parsed.records);
      expect(plan.counts.reject, `${f}: ${JSON.stringify(plan.rows.flatMap((r) => r.reasons))}`).toBe(0);
      if (parsed.records.length === 0) expect(parsed.notes.join(' '), f).toMatch(/holds no services/);
      else expect(plan.counts.create, f).toBe(parsed.records.length);
    }
    expect(files.filter((f) => /^service|^organization_full|^tabular/.test(f))).toHaveLength(6);
  });

  it('applies service_full.json as the dry run said, keeps the service id, notes what it left out, and audits it', async () => {
    const { runId } = await upload('service_full.json', read('service_full.json'));
    expect(runId).toBeTruthy();
    const plan = await plannedRun(runId!);
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 0 });
    expect(plan.rows[0]?.notes.join(' ')).toMatch(/time zone “3”/);
    expect(await apply(runId!)).toBe(`/staff/import/${runId}?applied=1`);
    const group = await db.group.findUniqueOrThrow({ where: { externalId: 'ac148810-d857-441c-9679-408f346de14b' }, include: { meetings: true } });
    expect(group).toMatchObject({ name: 'Community Counselling', status: 'DRAFT', costKind: 'FEE', website: 'http://example.com/counselling', languages: ['ur'] });
    expect(group.meetings.map((m) => [m.recurrence, m.weekdays, m.startTime, m.endTime, m.town])).toEqual([['WEEKLY', [4, 5], '10:00', '18:00', 'MyCity']]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'import.apply', entityId: runId! } });
    expect(audit).toMatchObject({ actorId: admin.id, after: expect.objectContaining({ create: 1, fileName: 'service_full.json' }) });
    expect(await db.auditLog.count({ where: { action: 'group.import', entityId: group.id } })).toBe(1);
  });

  it('re-importing the examples updates that listing or leaves it alone, never adding a copy, from JSON and from the tabular zip', async () => {
    const before = await db.group.count();
    const again = await upload('service_full.json', read('service_full.json'));
    expect(again.state?.message).toMatch(/already in the directory/);
    expect(again.state?.counts).toEqual({ create: 0, update: 0, unchanged: 1, reject: 0 });
    const csvDir = path.join(HSDS_EXAMPLES, 'csv');
    const zip = zipSync(Object.fromEntries(fs.readdirSync(csvDir).map((f) => [f, new Uint8Array(fs.readFileSync(path.join(csvDir, f)))])));
    const tabular = await upload('hsds.zip', zip);
    // The tabular example has no service phone: the listing's phone goes, so it is an update.
    expect(tabular.runId).toBeTruthy();
    expect((await plannedRun(tabular.runId!)).counts).toEqual({ create: 0, update: 1, unchanged: 0, reject: 0 });
    await apply(tabular.runId!);
    expect(await db.group.count()).toBe(before);
    expect(await db.group.findUniqueOrThrow({ where: { externalId: 'ac148810-d857-441c-9679-408f346de14b' }, select: { phone: true, version: true, organization: { select: { name: true } } } })).toEqual({
      phone: null,
      version: 2,
      organization: { name: 'Example Organization Inc.' },
    });
    // The organization is in the directory now: importing its services again finds it rather than adding it twice.
    const orgs = await db.organization.count();
    const org = await upload('organization_full.json', read('organization_full.json'));
    if (org.runId) await apply(org.runId);
    expect(await db.organization.count()).toBe(orgs);
    expect(await db.group.count()).toBe(before);
  });
});

describe('the dry run and applying it', () => {
  it('counts what would be created, updated, left alone and rejected, and applying creates exactly that', async () => {
    const first = await upload('first.json', jsonBytes([hsdsService({ id: 'svc-a' }), hsdsService({ id: 'svc-b', name: 'Belleville Caregivers', town: 'Belleville', address: '12 Front Street', terms: [{ code: 'caregiving', name: 'Caregiving' }] })]));
    expect(first.runId).toBeTruthy();
    expect((await plannedRun(first.runId!)).counts).toEqual({ create: 2, update: 0, unchanged: 0, reject: 0 });
    const before = await counts();
    await apply(first.runId!);
    const after = await counts();
    expect(Number(after!.groups) - Number(before!.groups)).toBe(2);
    expect(Number(after!.meetings) - Number(before!.meetings)).toBe(2);
    const a = await db.group.findUniqueOrThrow({ where: { externalId: 'svc-a' }, select: { slug: true, topics: { select: { topic: { select: { slug: true } } } }, meetings: { select: { weekdays: true, town: true, latitude: true } } } });
    expect(a.topics.map((t) => t.topic.slug)).toEqual(['bereavement']);
    expect(a.meetings).toEqual([{ weekdays: [2], town: 'Kingston', latitude: expect.any(Number) }]);

    const second = await upload('second.json', jsonBytes([
      hsdsService({ id: 'svc-a' }),
      hsdsService({ id: 'svc-b', name: 'Belleville Caregivers', town: 'Belleville', address: '12 Front Street', byday: 'TH', terms: [{ code: 'caregiving', name: 'Caregiving' }] }),
      hsdsService({ id: 'svc-c', name: 'Napanee Cancer Support', town: 'Napanee', address: '5 Dundas Street', terms: [{ code: 'cancer', name: 'Cancer' }] }),
    ]));
    const plan = await plannedRun(second.runId!);
    expect(plan.rows.map((r) => [r.name, r.action])).toEqual([['Riverside Grief Circle', 'unchanged'], ['Belleville Caregivers', 'update'], ['Napanee Cancer Support', 'create']]);
    await apply(second.runId!);
    expect(await db.group.count({ where: { externalId: { in: ['svc-a', 'svc-b', 'svc-c'] } } })).toBe(3);
    expect((await db.meeting.findFirstOrThrow({ where: { group: { externalId: 'svc-b' } } })).weekdays).toEqual([4]);
    expect(await db.group.findUniqueOrThrow({ where: { externalId: 'svc-a' }, select: { version: true } })).toEqual({ version: 1 });
  });

  it('adds an organization the file names once, however many of its services come in, and audits it', async () => {
    const org = { id: 'org-q', name: 'Quinte Peer Network', website: 'https://quinte.example.org', services: [
      hsdsService({ id: 'svc-q1', name: 'Quinte Grief Circle', town: 'Belleville', address: '1 Bridge Street' }),
      hsdsService({ id: 'svc-q2', name: 'Quinte Caregivers', town: 'Trenton', address: '2 Dundas Street' }),
    ] };
    const { runId } = await upload('org.json', jsonBytes(org));
    expect((await plannedRun(runId!)).rows.map((r) => r.notes.filter((n) => n.includes('organization')))).toEqual([
      ['organization “Quinte Peer Network” will be added to the directory'],
      ['organization “Quinte Peer Network” will be added to the directory'],
    ]);
    await apply(runId!);
    const added = await db.organization.findMany({ where: { name: 'Quinte Peer Network' }, select: { id: true, website: true, groups: { select: { externalId: true }, orderBy: { externalId: 'asc' } } } });
    expect(added).toEqual([{ id: expect.any(String), website: 'https://quinte.example.org', groups: [{ externalId: 'svc-q1' }, { externalId: 'svc-q2' }] }]);
    expect(await db.auditLog.count({ where: { action: 'organization.import', entityId: added[0]!.id } })).toBe(1);
  });

  it('applies a dry run only once: a second press is refused and adds nothing', async () => {
    const { runId } = await upload('once.json', jsonBytes(hsdsService({ id: 'svc-once', name: 'Picton Peer Circle', town: 'Picton', address: '1 Main Street' })));
    await apply(runId!);
    const before = await counts();
    signInAs(admin);
    const state = await applyImportAction(emptyImportState, formOf({ id: runId! }));
    expect(state.message).toMatch(/already applied/);
    expect(await counts()).toEqual(before);
  });

  it('imports nothing when the directory changed after the dry run so a row became a duplicate', async () => {
    const { runId } = await upload('late.json', jsonBytes([hsdsService({ id: 'svc-late-1', name: 'Cobourg Widows Circle', town: 'Cobourg', address: '9 King Street' }), hsdsService({ id: 'svc-late-2', name: 'Cobourg Parents Circle', town: 'Cobourg', address: '9 King Street' })]));
    expect(runId).toBeTruthy();
    await createGroup(db, buildGroup({ name: 'Cobourg Parents Circle', meetings: [buildMeeting({ addressLine1: '9 King Street', town: 'Cobourg' })] }));
    const before = await counts();
    signInAs(admin);
    const state = await applyImportAction(emptyImportState, formOf({ id: runId! }));
    expect(state.message).toMatch(/Nothing was imported/);
    expect(state.rows?.find((r) => r.action === 'reject')?.reasons.join(' ')).toMatch(/duplicate of the existing listing “Cobourg Parents Circle”/);
    const after = await counts();
    expect({ ...after, runs: before!.runs }).toEqual(before);
    expect(await db.group.count({ where: { externalId: 'svc-late-1' } })).toBe(0);
  });

  it('matches a spreadsheet’s own column names in a mapping step, then imports its rows', async () => {
    const csv = new TextEncoder().encode('Group,What it is,Meets,From,Until,City,Street\nOshawa Anxiety Circle,A circle for people living with anxiety. We meet to talk.,Wednesday,19:00,20:30,Oshawa,50 Centre Street\n');
    const { path: to, runId } = await upload('groups.csv', csv);
    expect(to).toBe(`/staff/import/${runId}/columns`);
    signInAs(admin);
    const mapped = await redirectOf(mapImportColumnsAction(emptyImportState, formOf({ id: runId!, 'column.name': '0', 'column.description': '1', 'column.days': '2', 'column.startTime': '3', 'column.endTime': '4', 'column.town': '5', 'column.address': '6' })));
    expect(mapped).toBe(`/staff/import/${runId}`);
    expect((await plannedRun(runId!)).counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 0 });
    await apply(runId!);
    const g = await db.group.findFirstOrThrow({ where: { name: 'Oshawa Anxiety Circle' }, select: { summary: true, meetings: { select: { weekdays: true, addressLine1: true } } } });
    expect(g.meetings).toEqual([{ weekdays: [3], addressLine1: '50 Centre Street' }]);
  });
});

describe('malformed uploads are rejected with a reason per row and change nothing', () => {
  it('wrong types', async () => {
    await expectRefused('types.json', jsonBytes([hsdsService({ id: 'svc-types', name: 42 })]), /name: .*string/i);
    await expectRefused('types2.json', jsonBytes({ ...hsdsService({ id: 'svc-types-2' }), schedules: 'weekly' }), /schedules: /);
  });

  it('missing required fields: the id, the name', async () => {
    const noId: Record<string, unknown> = hsdsService({ id: 'x' });
    delete noId.id;
    await expectRefused('no-id.json', jsonBytes([noId]), /id: /);
    await expectRefused('no-name.json', jsonBytes([hsdsService({ id: 'svc-no-name', name: '' })]), /missing name/);
  });

  it('duplicate ids in one document', async () => {
    await expectRefused('dupes.json', jsonBytes([hsdsService({ id: 'svc-dup', name: 'Trenton Circle One', town: 'Trenton' }), hsdsService({ id: 'svc-dup', name: 'Trenton Circle Two', town: 'Trenton', address: '2 Dundas Street' })]), /service 2 .*duplicate id: .*repeats the id “svc-dup” of service 1/);
  });

  it('a copy of an existing listing by name and address', async () => {
    await createGroup(db, buildGroup({ name: 'Whitby Grief Walkers', meetings: [buildMeeting({ addressLine1: '3 Brock Street', town: 'Whitby' })] }));
    await expectRefused('copy.csv', csvBytes('x-1,Whitby Grief Walkers,Walking together after a loss.,We walk and talk.,bereavement,Saturday,10:00,11:00,Whitby,3 Brock Street'), /line 2: duplicate of the existing listing “Whitby Grief Walkers”/);
  });

  it('an unparseable schedule and an unknown topic', async () => {
    await expectRefused('rrule.json', jsonBytes([hsdsService({ id: 'svc-rrule', freq: 'YEARLY' })]), /unparseable schedule: freq “YEARLY”/);
    await expectRefused('time.json', jsonBytes([hsdsService({ id: 'svc-time', opens_at: 'evening' })]), /unparseable schedule: opens_at “evening”/);
    await expectRefused('days.csv', csvBytes('x-2,Ajax Circle,A circle in Ajax for parents.,We meet.,,most Tuesdays,19:00,20:00,Ajax,1 Main Street'), /line 2: unparseable schedule: “most Tuesdays”/);
    await expectRefused('topic.csv', csvBytes('x-3,Ajax Circle,A circle in Ajax for parents.,We meet.,Astrology,Tuesday,19:00,20:00,Ajax,1 Main Street'), /unknown topic “Astrology”/);
  });

  it('a CSV with a broken encoding, named by its line', async () => {
    const good = csvBytes('x-4,Pickering Circle,A circle in Pickering for parents.,We meet.,,Tuesday,19:00,20:00,Pickering,1 Main Street');
    const latin1 = new Uint8Array([...good, ...new TextEncoder().encode('x-5,Caf'), 0xe9, ...new TextEncoder().encode(' Circle,A circle.,We meet.,,Tuesday,19:00,20:00,Pickering,2 Main Street\n')]);
    await expectRefused('latin1.csv', latin1, /line 3: This line is not UTF-8/);
  });

  it('a formula-injection cell such as =HYPERLINK(…)', async () => {
    await expectRefused('formula.csv', csvBytes('x-6,"=HYPERLINK(""https://evil.example"",""Click"")",A circle in Oshawa for parents.,We meet.,,Tuesday,19:00,20:00,Oshawa,1 Main Street'), /line 2: “=HYPERLINK\(.*formulas are not accepted/);
    await expectRefused('formula2.csv', csvBytes('x-7,Oshawa Circle,@SUM(A1:A2),We meet.,,Tuesday,19:00,20:00,Oshawa,1 Main Street'), /starts with “@”/);
    // A phone number with a leading + is no formula.
    expect((await upload('phone.csv', new TextEncoder().encode('name,summary,description,phone\nPort Hope Circle,A circle in Port Hope for parents.,We meet.,+1 905 555 0100\n'))).runId).toBeTruthy();
  });

  it('an upload over 20 MB, refused before it is read', async () => {
    const before = await counts();
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x7b);
    const { state } = await upload('big.json', big);
    expect(state?.problems[0]?.reason).toMatch(/uploads are limited to 20 MB/);
    expect(await counts()).toEqual(before);
  });

  it('a zip whose files would unpack too large, or that is no zip', async () => {
    await expectRefused('bad.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /not a zip file that can be read/);
    await expectRefused('notables.zip', zipSync({ 'datapackage.json': new TextEncoder().encode('{}') }), /no services table/);
    // A zip whose directory claims 200 MB unpacked: refused from the directory, before inflating.
    const bomb = zipSync({ 'services.csv': new TextEncoder().encode('id,name\n') });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 4 <= bomb.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 200 * 1024 * 1024, true);
    await expectRefused('bomb.zip', bomb, /unpack to more than 100 MB/);
  });

  it('a service with more meetings than a listing holds', async () => {
    const many = hsdsService({ id: 'svc-many' });
    many.service_at_locations[0]!.schedules = Array.from({ length: 21 }, (_, i) => ({ ...many.service_at_locations[0]!.schedules[0]!, id: `s-${i}` }));
    await expectRefused('many.json', jsonBytes(many), /21 meetings: a listing holds at most 20/);
  });

  it('is refused to an editor, who is not an administrator, and nothing changes', async () => {
    const before = await counts();
    signInAs(editor);
    await expect(previewImportAction(emptyImportState, uploadForm('x.json', jsonBytes(hsdsService({ id: 'svc-editor' }))))).rejects.toBeInstanceOf(AuthorizationError);
    expect({ ...(await counts()), audit: before!.audit }).toEqual(before);
    expect(await db.auditLog.count({ where: { action: 'auth.refused', actorId: editor.id } })).toBe(1);
  });
});
