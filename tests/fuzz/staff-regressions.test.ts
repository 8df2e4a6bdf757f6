// Staff posts the fuzz tests found that once failed as server errors: a NUL
// byte (%00) in a free-text field reached PostgreSQL, which refuses it.
// Each is now a message on the field, like any other validation.
import './support/cheap-writes.ts';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: async () => claims.current, startStaffSession: async () => true, clearSessionCookie: async () => {} }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { db } from '../support/db.ts';
import { freshClaims, makeStaff } from '../support/staff.ts';
import { content, fixtures, prepareMatrixFixtures } from '../integration/staff-actions.ts';
import { formOf, groupForm } from '../integration/support/staff-actions-harness.ts';
import { createGroupAction } from '../../app/staff/listings/actions/create-group-action.ts';
import { updateGroupAction } from '../../app/staff/listings/actions/update-group-action.ts';
import { saveFactSheetAction } from '../../app/staff/fact-sheets/actions/save-fact-sheet-action.ts';
import { createTopicAction } from '../../app/staff/topics/actions/create-topic-action.ts';
import { declineSubmissionAction } from '../../app/staff/submissions/actions/decline-submission-action.ts';
import { initialGroupFormState } from '../../lib/listings/form-state.ts';
import { emptyReviewState } from '../../lib/submissions/review-state.ts';
import { referralWorkSchema } from '../../lib/referrals/staff-schema.ts';
import { signInAction } from '../../app/(staff-auth)/staff/actions/sign-in-action.ts';
import { emptyFormState } from '../../lib/staff/form-state.ts';
import { slugForNewGroup } from '../../lib/listings/slug-data.ts';
import { buildGroup, createGroup } from '../../prisma/seed/factories.ts';
import { renderHtml } from './support/fuzz.ts';
import StaffTopicsPage from '../../app/staff/topics/page.tsx';
import SubmissionsPage from '../../app/staff/submissions/page.tsx';
import EditFactSheetPage from '../../app/staff/fact-sheets/[slug]/page.tsx';
import EditListingPage from '../../app/staff/listings/[id]/page.tsx';
import StaffAccountPage from '../../app/staff/accounts/[id]/page.tsx';
import { previewImportAction } from '../../app/staff/import/actions/preview-import-action.ts';
import { emptyImportState } from '../../lib/open-data/import/form-state.ts';
import { CSV_HEADER, hsdsService, jsonBytes, uploadForm } from '../integration/support/import-fixtures.ts';
import { answerOf } from './support/fuzz.ts';

beforeAll(async () => {
  await prepareMatrixFixtures(db);
  claims.current = await freshClaims(await makeStaff('ADMIN'));
}, 120_000);

const values = () => {
  if (!content.groupValues) throw new Error('fixtures missing');
  return content.groupValues;
};

describe('a staff form with a NUL byte in a text field', () => {
  it('asks to retype the name of a new listing (seed 20261206: name "\\u0000<script>…")', async () => {
    const v = { ...values(), slug: '', name: '\u0000<script>alert(1)</script>', meetings: values().meetings.map((m) => ({ ...m, id: '' })) };
    const state = await createGroupAction(initialGroupFormState(v, null), groupForm(v));
    expect(state.fieldErrors.name?.[0]).toMatch(/retype/);
  });

  it('asks to retype a meeting’s venue when a listing is saved', async () => {
    const v = { ...values(), meetings: values().meetings.map((m) => ({ ...m, venueName: 'Hall\u0000' })) };
    const state = await updateGroupAction(initialGroupFormState(v, 1), groupForm(v, { id: fixtures.groupId, version: 1 }));
    expect(state.fieldErrors['meetings.0.venueName']?.[0]).toMatch(/retype/);
  });

  it('asks to retype a fact sheet’s text (seed 20261206: body "\\u0000")', async () => {
    const state = await saveFactSheetAction({ values: { title: '', summary: '', body: '' }, fieldErrors: {}, message: null, previewHtml: null }, formOf({ slug: content.sheetSlug, title: 'A title', summary: '', body: '\u0000' }));
    expect(state.fieldErrors.body?.[0]).toMatch(/retype/);
  });

  it('asks to retype a new topic’s name', async () => {
    const state = await createTopicAction({ values: { slug: '', name: '', description: '', keywords: '' }, fieldErrors: {}, message: null }, formOf({ slug: 'nul-topic', name: 'Nul\u0000', description: 'A topic with a NUL in its name.', keywords: '' }));
    expect(state.fieldErrors.name?.[0]).toMatch(/retype/);
  });

  it('asks to retype the reason for declining a submission', async () => {
    const state = await declineSubmissionAction(emptyReviewState, formOf({ id: content.submissionIds[1], reason: 'Not a group\u0000' }));
    expect(state.fieldErrors?.reason?.[0]).toMatch(/retype/);
  });

  it('refuses a referral note or status note with a NUL byte as a validation message', () => {
    const version = 'c0000000000000000000000000';
    expect(referralWorkSchema.safeParse({ version, status: '', note: 'Called\u0000' }).success).toBe(false);
    expect(referralWorkSchema.safeParse({ version, status: 'IN_PROGRESS', note: 'Called\u0000' }).success).toBe(false);
  });
});

describe('signing in with a NUL byte in the email address', () => {
  // Seed 20261206: email "\u0000" reached the login-attempt lookup and failed there.
  it('asks for the email address again instead of failing', async () => {
    const state = await signInAction(emptyFormState, formOf({ email: '\u0000', password: 'not the right passphrase' }));
    expect(state.fieldErrors?.email?.[0]).toMatch(/retype/);
  });
});

describe('the address of a new listing whose name others share', () => {
  // The fuzzer's thousand "Renamed By Nobody" listings: one query per taken
  // address ran the create past its transaction's time limit, a server error.
  it('is the first free one in the series, found in one look', async () => {
    for (const slug of ['shared-name-circle', 'shared-name-circle-2', 'shared-name-circle-4']) await createGroup(db, buildGroup({ slug, name: 'Shared Name Circle' }));
    const queries: string[] = [];
    const counted = new Proxy(db.group, { get: (t, k) => (queries.push(String(k)), Reflect.get(t, k)) });
    expect(await slugForNewGroup({ group: counted } as never, '', 'Shared Name Circle')).toBe('shared-name-circle-3');
    expect(queries).toEqual(['findMany']);
  });
});

describe('a staff page whose link says done=__proto__', () => {
  // The notice was looked up in a plain object, so __proto__ found Object.prototype and the page could not render.
  const q = (key: string) => Promise.resolve({ [key]: '__proto__' });
  it.each([
    ['topics', () => StaffTopicsPage({ searchParams: q('done') })],
    ['submissions', () => SubmissionsPage({ searchParams: q('done') })],
    ['fact sheet', () => EditFactSheetPage({ params: Promise.resolve({ slug: content.sheetSlug }), searchParams: q('done') })],
    ['listing', () => EditListingPage({ params: Promise.resolve({ id: fixtures.groupId }), searchParams: q('saved') })],
    ['account', () => StaffAccountPage({ params: Promise.resolve({ id: fixtures.targetStaffId }), searchParams: q('done') })],
  ])('shows the %s page without a notice', async (_name, page) => {
    const html = await renderHtml(await page());
    expect(html).not.toContain('[object Object]');
  });
});

describe('an import file with a NUL byte in it', () => {
  // Found by staff-actions-2.test.ts (path 186:0:0:0:1:4:2): a one-byte file holding NUL was read as a CSV
  // whose header needed mapping, and storing that table failed at PostgreSQL (no \u0000 in JSON): a server error.
  it.each([
    ['a file of one NUL byte', Uint8Array.of(0)],
    ['a listings CSV with a NUL in a cell', new TextEncoder().encode(`${CSV_HEADER}\nfuzz-1,Grief\u0000Circle,,,,,,,Kingston,\n`)],
  ])('is refused as not text, naming the line, for %s', async (_, bytes) => {
    const answer = await answerOf(() => previewImportAction(emptyImportState, uploadForm('listings.csv', bytes)));
    expect(answer.kind).toBe('value');
    if (answer.kind === 'value') expect(JSON.stringify(answer.value)).toMatch(/NUL/);
    expect(await db.importRun.count({ where: { fileName: 'listings.csv' } })).toBe(0);
  });

  // Found by staff-actions-2.test.ts (path 279:0:0:2:1:1:2:2): an HSDS service whose id was "\ud800" (half of a
  // surrogate pair, written as a JSON escape) was kept in the dry run, which PostgreSQL refused as JSON: a server error.
  it.each([
    ['an id of half a surrogate pair (\\ud800)', 'id', '\ud800'],
    ['a name with a NUL escape (\\u0000)', 'name', 'Grief\u0000Circle'],
  ])('refuses an HSDS JSON file with %s, saying why', async (_, field, value) => {
    const answer = await answerOf(() => previewImportAction(emptyImportState, uploadForm('unstorable.json', jsonBytes([{ ...hsdsService({ id: 'fuzz-json-1' }), [field]: value }]))));
    expect(answer.kind).toBe('value');
    if (answer.kind === 'value') expect(JSON.stringify(answer.value)).toMatch(/cannot be stored/);
    expect(await db.importRun.count({ where: { fileName: 'unstorable.json' } })).toBe(0);
  });

  // Found by staff-actions-2.test.ts (path 340:0:1:3:2:1:2): a valid file whose name held NUL bytes was kept
  // under that name, which PostgreSQL refused: a server error.
  it('keeps a valid file whose name holds NUL bytes or half a surrogate pair, under a readable name', async () => {
    const answer = await answerOf(() => previewImportAction(emptyImportState, uploadForm('grief\u0000circle\ud800.json', jsonBytes(hsdsService({ id: 'fuzz-named-1', name: 'Fuzz Named Circle' })))));
    expect(answer.kind).toBe('redirect');
    const run = await db.importRun.findFirstOrThrow({ where: { fileName: { startsWith: 'grief' } }, select: { fileName: true } });
    expect(run.fileName).toBe('griefcircle\ufffd.json');
  });
});
