// The staff console's actions as fuzz targets: each with the form a staff
// member would post (valid, acting on the matrix's records), whose fields
// the fuzzer replaces with generated values. Shared by the two staff fuzz
// files, which split the actions between vitest's two workers.
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { expect } from 'vitest';
import { formOverrides, hostileText, hostileValue } from './arbitraries.ts';
import { answerOf } from './fuzz.ts';
import { content, fixtures, imports, outbox } from '../../integration/staff-actions.ts';
import { CSV_HEADER, hsdsService, jsonBytes, uploadForm } from '../../integration/support/import-fixtures.ts';
import { emptyImportState } from '../../../lib/open-data/import/form-state.ts';
import { MAX_UPLOAD_BYTES } from '../../../lib/open-data/import/limits.ts';
import { formOf, groupForm } from '../../integration/support/staff-actions-harness.ts';
import { emptyFormState } from '../../../lib/staff/form-state.ts';
import { initialCheckedState, initialGroupFormState } from '../../../lib/listings/form-state.ts';
import { emptyReviewState } from '../../../lib/submissions/review-state.ts';
import { initialReferralWorkState } from '../../../lib/referrals/work-state.ts';
import { AuthorizationError } from '../../../lib/staff/guards.ts';

export type StaffTarget = {
  /** `file#name`, as the entry-point scan names it. */
  key: string;
  /** The valid post this action would get from its form. */
  base: () => FormData;
  run: (form: FormData) => Promise<unknown>;
  /** The post carries a file (`file`), whose bytes are fuzzed too. */
  uploads?: true;
};

const topicState = { values: { slug: '', name: '', description: '', keywords: '' }, fieldErrors: {}, message: null };
const sheetState = { values: { title: '', summary: '', body: '' }, fieldErrors: {}, message: null, previewHtml: null };

function groupValues() {
  const v = content.groupValues;
  if (!v) throw new Error('matrix fixtures missing');
  return v;
}

/** Imports each action lazily, so vi.mock in the test file applies first. */
export async function staffTargets(): Promise<StaffTarget[]> {
  const a = (p: string) => import(/* @vite-ignore */ `../../../${p}`) as Promise<Record<string, (...args: never[]) => Promise<unknown>>>;
  const t = async (file: string, name: string, base: () => FormData, prev?: () => unknown): Promise<StaffTarget> => {
    const fn = (await a(file))[name] as unknown as (...args: unknown[]) => Promise<unknown>;
    return { key: `${file}#${name}`, base, run: (form) => (prev ? fn(prev(), form) : fn(form)) };
  };
  const id = (v: () => string) => () => formOf({ id: v() });
  return Promise.all([
    t('app/staff/accounts/actions/invite-staff-action.ts', 'inviteStaffAction', () => formOf({ email: 'someone.new@example.org', role: 'EDITOR' }), () => emptyFormState),
    t('app/staff/accounts/actions/change-staff-role-action.ts', 'changeStaffRoleAction', () => formOf({ id: fixtures.targetStaffId, role: 'EDITOR' })),
    t('app/staff/accounts/actions/disable-staff-action.ts', 'disableStaffAction', id(() => fixtures.targetStaffId)),
    t('app/staff/accounts/actions/enable-staff-action.ts', 'enableStaffAction', id(() => fixtures.targetStaffId)),
    t('app/staff/accounts/actions/change-referral-access-action.ts', 'changeReferralAccessAction', () => formOf({ id: fixtures.targetStaffId, access: 'grant' })),
    t('app/staff/accounts/actions/reset-staff-two-factor-action.ts', 'resetStaffTwoFactorAction', id(() => fixtures.targetStaffId)),
    t('app/staff/actions/sign-out-action.ts', 'signOutAction', () => formOf({})),
    t('app/staff/actions/sign-out-here-action.ts', 'signOutHereAction', () => formOf({})),
    t('app/staff/account/actions/change-password-action.ts', 'changePasswordAction', () => formOf({ current: 'not the password', password: 'lantern orchard velvet', confirm: 'lantern orchard velvet' }), () => emptyFormState),
    t('app/staff/account/actions/regenerate-recovery-codes-action.ts', 'regenerateRecoveryCodesAction', () => formOf({ current: 'not the password' }), () => emptyFormState),
    t('app/staff/account/actions/disable-two-factor-action.ts', 'disableTwoFactorAction', () => formOf({ current: 'not the password' }), () => emptyFormState),
    t('app/staff/account/actions/enrol-two-factor-action.ts', 'enrolTwoFactorAction', () => formOf({ sealed: 'x', code: '123456' }), () => emptyFormState),
    t('app/staff/listings/actions/create-group-action.ts', 'createGroupAction', () => groupForm({ ...groupValues(), slug: '', meetings: groupValues().meetings.map((m) => ({ ...m, id: '' })) }), () => initialGroupFormState(groupValues(), null)),
    t('app/staff/listings/actions/update-group-action.ts', 'updateGroupAction', () => groupForm(groupValues(), { id: fixtures.groupId, version: 1 }), () => initialGroupFormState(groupValues(), 1)),
    t('app/staff/listings/actions/publish-group-action.ts', 'publishGroupAction', id(() => content.draftGroupId)),
    t('app/staff/listings/actions/unpublish-group-action.ts', 'unpublishGroupAction', id(() => content.draftGroupId)),
    t('app/staff/listings/actions/archive-group-action.ts', 'archiveGroupAction', id(() => content.draftGroupId)),
    t('app/staff/listings/actions/mark-group-verified-action.ts', 'markGroupVerifiedAction', id(() => fixtures.groupId), () => initialCheckedState),
    t('app/staff/submissions/actions/approve-submission-action.ts', 'approveSubmissionAction', id(() => content.submissionIds[0] ?? ''), () => emptyReviewState),
    t('app/staff/submissions/actions/decline-submission-action.ts', 'declineSubmissionAction', () => formOf({ id: content.submissionIds[1], reason: 'Not a self-help group.' }), () => emptyReviewState),
    t('app/staff/submissions/actions/edit-submission-action.ts', 'editSubmissionAction', () => formOf({ id: content.submissionIds[2], name: 'Edited', summary: 'An edited proposal summary.', whoMayAttend: 'BOTH', costKind: 'FREE', languages: 'en', meetingRows: 1, 'meetings.0.attendance': 'ONLINE', 'meetings.0.recurrence': 'BY_ARRANGEMENT' }), () => emptyReviewState),
    t('app/staff/referrals/actions/work-on-referral-action.ts', 'workOnReferralAction', () => formOf({ id: content.referralId, version: content.referralId, status: 'IN_PROGRESS', note: 'Called the client.', confirm: '' }), () => initialReferralWorkState),
    t('app/staff/referrals/actions/assign-referral-action.ts', 'assignReferralAction', () => formOf({ id: content.referralId, assignee: fixtures.targetStaffId })),
    t('app/staff/personal-data/actions/search-personal-data-action.ts', 'searchPersonalDataAction', () => formOf({ email: 'robin@example.org', phone: '416-555-0142' })),
    // A forged or foreign case opens nothing; the fuzzer varies it with every other field.
    t('app/staff/personal-data/actions/correct-referral-details-action.ts', 'correctReferralDetailsAction', () => formOf({ case: 'x', part: 'referrer', referralId: content.referralId, name: 'Robin Referrer', email: 'robin@example.org', phone: '' })),
    t('app/staff/personal-data/actions/erase-personal-data-action.ts', 'erasePersonalDataAction', () => formOf({ case: 'x', confirm: 'yes' })),
    (async (): Promise<StaffTarget> => {
      const { GET } = await import('../../../app/staff/personal-data/export/route.ts');
      return {
        key: 'app/staff/personal-data/export/route.ts#GET',
        base: () => formOf({ case: 'x' }),
        run: async (form) => {
          const query = new URLSearchParams(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])));
          const res = await GET(new Request(`http://localhost/staff/personal-data/export?${query}`));
          expect([200, 404]).toContain(res.status);
          return res.text();
        },
      };
    })(),
    t('app/staff/fact-sheets/actions/save-fact-sheet-action.ts', 'saveFactSheetAction', () => formOf({ slug: content.sheetSlug, title: 'Changed title', summary: '', body: 'Changed words.' }), () => sheetState),
    t('app/staff/fact-sheets/actions/restore-fact-sheet-revision-action.ts', 'restoreFactSheetRevisionAction', () => formOf({ slug: content.sheetSlug, revisionId: content.revisionId })),
    t('app/staff/fact-sheets/actions/publish-fact-sheet-action.ts', 'publishFactSheetAction', () => formOf({ slug: content.draftSheetSlug })),
    t('app/staff/fact-sheets/actions/unpublish-fact-sheet-action.ts', 'unpublishFactSheetAction', () => formOf({ slug: content.draftSheetSlug })),
    t('app/staff/topics/actions/create-topic-action.ts', 'createTopicAction', () => formOf({ slug: 'fuzz-new-topic', name: 'New topic', description: 'A brand new topic here.', keywords: 'one, two' }), () => topicState),
    t('app/staff/topics/actions/update-topic-action.ts', 'updateTopicAction', () => formOf({ slug: content.topicSlug, name: 'Renamed topic', description: 'A renamed topic for the matrix.', keywords: 'three' }), () => topicState),
    t('app/staff/import/actions/preview-import-action.ts', 'previewImportAction', () => uploadForm('import.json', jsonBytes(hsdsService({ id: 'fuzz-preview-1', name: 'Fuzz Preview Circle' }))), () => emptyImportState).then((x) => ({ ...x, uploads: true as const })),
    t('app/staff/import/actions/map-import-columns-action.ts', 'mapImportColumnsAction', () => formOf({ id: imports.mappingRunId, 'column.name': '0', 'column.description': '1' }), () => emptyImportState),
    t('app/staff/import/actions/apply-import-action.ts', 'applyImportAction', () => formOf({ id: imports.readyRunId }), () => emptyImportState),
    t('app/staff/outbox/actions/retry-mail-action.ts', 'retryMailAction', () => formOf({ id: outbox.retryId, back: 'state=failed&q=matrix' })),
    t('app/staff/outbox/actions/cancel-mail-action.ts', 'cancelMailAction', () => formOf({ id: outbox.cancelId, back: 'sort=oldest&page=2' })),
    (async (): Promise<StaffTarget> => {
      const { POST } = await import('../../../app/staff/fact-sheets/preview/route.ts');
      return {
        key: 'app/staff/fact-sheets/preview/route.ts#POST',
        base: () => formOf({ body: '# Hello' }),
        run: async (form) => {
          const res = await POST(new Request('http://localhost/staff/fact-sheets/preview', { method: 'POST', body: String(form.get('body') ?? '') }));
          expect([200, 400, 413]).toContain(res.status);
          return res.text();
        },
      };
    })(),
  ]);
}

/** A file as a browser posts it: its name, its bytes, and the size it declares (a lying client may claim any). */
export type UploadCase = { name: string; bytes: Uint8Array; declaredSize?: number };
/** Each replaced field: text, repeated text, or (for `file`) an upload. */
type Overrides = Partial<Record<string, string | string[] | UploadCase>>;

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom('{', '[', '[{}', '{"id":', '[null]', '{"contents":[{"id":1}]}', '[{"id":"a","name":{}}]', '{"__proto__":{"x":1}}', '{"id":"x","service_at_locations":[{"location":null}]}'),
  fc.tuple(fc.constantFrom('name', 'description', 'id', 'status', 'url'), hostileValue).map(([k, v]) => JSON.stringify([{ ...hsdsService({ id: 'fuzz-json-1' }), [k]: v }])),
  fc.tuple(fc.constantFrom('freq', 'byday', 'opens_at', 'closes_at', 'interval', 'dtstart'), hostileText(12)).map(([k, v]) => {
    const doc = hsdsService({ id: 'fuzz-json-2' });
    (doc.service_at_locations[0]!.schedules[0] as Record<string, unknown>)[k] = v;
    return JSON.stringify(doc);
  }),
);
const csvCell = fc.oneof(hostileText(20), fc.constantFrom('"', '""', '"a""b"', '"unclosed', '=1+1', '@SUM(A1)', 'Mon;Tue', '19:00', '25:99', ''));
const csvish = fc
  .tuple(
    fc.oneof(fc.constant(CSV_HEADER), fc.array(csvCell, { maxLength: 12 }).map((h) => h.join(','))),
    fc.array(fc.array(csvCell, { maxLength: 12 }).map((r) => r.join(',')), { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([head, rows, eol]) => [head, ...rows].join(eol));
const zipHeader = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
/** A real HSDS tabular zip with generated tables, sometimes cut short or with a byte flipped. */
const tabularZip = fc
  .tuple(
    fc.dictionary(fc.constantFrom('services.csv', 'locations.csv', 'service_at_location.csv', 'schedules.csv', 'taxonomy_terms.csv', 'attributes.csv', 'datapackage.json', '../evil.csv', 'dir/'), csvish, { minKeys: 1, maxKeys: 4 }),
    fc.constantFrom('services.csv', 'schedules.csv'),
    fc.option(fc.tuple(fc.nat(), fc.nat(255)), { nil: undefined }),
    fc.boolean(),
  )
  .map(([tables, lead, flip, cut]) => {
    const zip = zipSync(Object.fromEntries([[lead, utf8('id,name,description\nfuzz-1,Fuzz Zip Circle,A circle\n')], ...Object.entries(tables).map(([k, v]) => [k, utf8(v)])]));
    if (flip) zip[flip[0] % zip.length] = flip[1];
    return cut ? zip.slice(0, Math.max(4, zip.length >> 1)) : zip;
  });
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 2, arbitrary: tabularZip },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => concat(zipHeader, b)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => concat(Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b), b)) },
  // Broken UTF-8: lone continuation bytes, overlong forms, surrogates, truncated sequences.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(CSV_HEADER + '\n', '{"a":"', '[', ''), fc.array(fc.constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe0, 0xa4], [0xff, 0xfe], [0x00]), { maxLength: 8 })).map(([s, b]) => concat(utf8(s), Uint8Array.from(b.flat()))) },
  { weight: 4, arbitrary: jsonish.map(utf8) },
  { weight: 4, arbitrary: csvish.map(utf8) },
);
const lyingSize = fc.oneof(fc.constantFrom(0, 1, MAX_UPLOAD_BYTES, MAX_UPLOAD_BYTES + 1, Number.MAX_SAFE_INTEGER, -1, Number.NaN), fc.nat());
const upload: fc.Arbitrary<UploadCase> = fc
  .tuple(fc.oneof(fc.constantFrom('import.json', 'listings.csv', 'hsds.zip', '', '.', '../../etc/passwd'), hostileValue), fileBytes, fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: lyingSize }))
  .map(([name, bytes, declaredSize]) => (declaredSize === undefined ? { name, bytes } : { name, bytes, declaredSize }));

/** Fields to replace in the valid post (a plain object, so a failure prints it); an upload's file too. */
export function staffOverrides(target: StaffTarget): fc.Arbitrary<Overrides> {
  if (!target.uploads) return formOverrides([...new Set([...target.base().keys(), 'id', 'slug'])]);
  // Mostly a generated file; sometimes the valid one, or text where the file should be.
  const fields = formOverrides(['publish', 'chooseColumns', 'id', 'slug']);
  const file = fc.oneof({ weight: 16, arbitrary: upload }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue });
  return fc.tuple(fields, file).map(([o, f]): Overrides => (f === undefined ? o : { ...o, file: f }));
}

/** A File whose `size` says what the client claimed, whatever its bytes. */
function fileOf(u: UploadCase): File {
  const file = new File([u.bytes as Uint8Array<ArrayBuffer>], u.name);
  if (u.declaredSize !== undefined) Object.defineProperty(file, 'size', { value: u.declaredSize });
  return file;
}

/** The valid post with some fields replaced, added or repeated. */
export function staffPost(target: StaffTarget, overrides: Overrides): FormData {
  const form = target.base();
  for (const [k, v] of Object.entries(overrides)) {
    form.delete(k);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      form.set(k, fileOf(v));
      continue;
    }
    for (const one of Array.isArray(v) ? v : [v ?? '']) form.append(k, one);
  }
  return form;
}

/** A signed-in administrator's post is answered: a form state, a redirect or a 404 — never a refusal or a throw. */
export async function expectAnswered(target: StaffTarget, form: FormData): Promise<void> {
  const answer = await answerOf(() => target.run(form)).catch((err: unknown) => {
    if (err instanceof AuthorizationError) throw new Error(`${target.key} refused a signed-in administrator: ${err.message}`);
    throw err;
  });
  expect(['value', 'redirect', 'not-found']).toContain(answer.kind);
}
