// Every staff server action and staff route handler, for the authorization
// matrix (authorization-matrix.test.ts). The matrix reads app/ and fails on
// an action or route handler that is neither here nor on the public list
// (public-entry-points.ts). Add yours with act(): its arguments must be
// input that WOULD change data if the guard let it through, so a missing
// guard shows up as a changed database.
import type { Db } from '../../lib/db-client.ts';
import { emptyFormState } from '../../lib/staff/form-state.ts';
import { buildGroup, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { signOutAction } from '../../app/staff/actions/sign-out-action.ts';
import { signOutHereAction } from '../../app/staff/actions/sign-out-here-action.ts';
import { changePasswordAction } from '../../app/staff/account/actions/change-password-action.ts';
import { disableTwoFactorAction } from '../../app/staff/account/actions/disable-two-factor-action.ts';
import { enrolTwoFactorAction } from '../../app/staff/account/actions/enrol-two-factor-action.ts';
import { regenerateRecoveryCodesAction } from '../../app/staff/account/actions/regenerate-recovery-codes-action.ts';
import { changeStaffRoleAction } from '../../app/staff/accounts/actions/change-staff-role-action.ts';
import { disableStaffAction } from '../../app/staff/accounts/actions/disable-staff-action.ts';
import { enableStaffAction } from '../../app/staff/accounts/actions/enable-staff-action.ts';
import { inviteStaffAction } from '../../app/staff/accounts/actions/invite-staff-action.ts';
import { resetStaffTwoFactorAction } from '../../app/staff/accounts/actions/reset-staff-two-factor-action.ts';
import { changeReferralAccessAction } from '../../app/staff/accounts/actions/change-referral-access-action.ts';
import { formOf, groupForm } from './support/staff-actions-harness.ts';
import { createGroupAction } from '../../app/staff/listings/actions/create-group-action.ts';
import { updateGroupAction } from '../../app/staff/listings/actions/update-group-action.ts';
import { publishGroupAction } from '../../app/staff/listings/actions/publish-group-action.ts';
import { unpublishGroupAction } from '../../app/staff/listings/actions/unpublish-group-action.ts';
import { archiveGroupAction } from '../../app/staff/listings/actions/archive-group-action.ts';
import { markGroupVerifiedAction } from '../../app/staff/listings/actions/mark-group-verified-action.ts';
import { approveSubmissionAction } from '../../app/staff/submissions/actions/approve-submission-action.ts';
import { declineSubmissionAction } from '../../app/staff/submissions/actions/decline-submission-action.ts';
import { editSubmissionAction } from '../../app/staff/submissions/actions/edit-submission-action.ts';
import { workOnReferralAction } from '../../app/staff/referrals/actions/work-on-referral-action.ts';
import { initialReferralWorkState } from '../../lib/referrals/work-state.ts';
import { assignReferralAction } from '../../app/staff/referrals/actions/assign-referral-action.ts';
import { searchPersonalDataAction } from '../../app/staff/personal-data/actions/search-personal-data-action.ts';
import { correctReferralDetailsAction } from '../../app/staff/personal-data/actions/correct-referral-details-action.ts';
import { erasePersonalDataAction } from '../../app/staff/personal-data/actions/erase-personal-data-action.ts';
import { GET as exportPersonalData } from '../../app/staff/personal-data/export/route.ts';
import * as privacyFindData from '../../lib/privacy/find-data.ts';
import * as privacyCorrectData from '../../lib/privacy/correct-data.ts';
import * as privacyEraseData from '../../lib/privacy/erase-data.ts';
import { saveFactSheetAction } from '../../app/staff/fact-sheets/actions/save-fact-sheet-action.ts';
import { restoreFactSheetRevisionAction } from '../../app/staff/fact-sheets/actions/restore-fact-sheet-revision-action.ts';
import { publishFactSheetAction } from '../../app/staff/fact-sheets/actions/publish-fact-sheet-action.ts';
import { unpublishFactSheetAction } from '../../app/staff/fact-sheets/actions/unpublish-fact-sheet-action.ts';
import { POST as previewFactSheet } from '../../app/staff/fact-sheets/preview/route.ts';
import { createTopicAction } from '../../app/staff/topics/actions/create-topic-action.ts';
import { updateTopicAction } from '../../app/staff/topics/actions/update-topic-action.ts';
import { previewImportAction } from '../../app/staff/import/actions/preview-import-action.ts';
import { mapImportColumnsAction } from '../../app/staff/import/actions/map-import-columns-action.ts';
import { applyImportAction } from '../../app/staff/import/actions/apply-import-action.ts';
import { retryMailAction } from '../../app/staff/outbox/actions/retry-mail-action.ts';
import { cancelMailAction } from '../../app/staff/outbox/actions/cancel-mail-action.ts';
import { emptyImportState } from '../../lib/open-data/import/form-state.ts';
import { hsdsService, jsonBytes, uploadForm } from './support/import-fixtures.ts';
import { AuthorizationError } from '../../lib/staff/guards.ts';
import { groupToFormValues } from '../../lib/listings/editable.ts';
import { initialCheckedState, initialGroupFormState } from '../../lib/listings/form-state.ts';
import { getGroupForEdit } from '../../lib/listings/editor-data.ts';
import { emptyReviewState } from '../../lib/submissions/review-state.ts';
import type { GroupFormValues } from '../../lib/listings/schema.ts';
import * as staffInboxData from '../../lib/referrals/staff-inbox-data.ts';
import { parseReferralInbox } from '../../lib/referrals/staff-schema.ts';
import * as staffViewData from '../../lib/referrals/staff-view-data.ts';
import * as staffWorkData from '../../lib/referrals/staff-work-data.ts';

const { assignReferral, getReferralStatus, listAssignableStaff, listReferralInbox, listReferredGroups } = staffInboxData;
const { getReferralForStaff } = staffViewData;
const { workOnReferral } = staffWorkData;

// Any server action or route handler; `never[]` accepts every parameter list.
type Callable = (...args: never[]) => Promise<unknown>;

/**
 * `covers` is the exported function `call` runs: the matrix matches it to
 * what app/ exports. `referralsOnly`: only staff with referral access may
 * run it (whatever their role).
 */
export type StaffAction = { name: string; adminOnly: boolean; referralsOnly: boolean; covers: Callable; call: () => Promise<unknown> };

/** An entry whose call runs exactly `action`, so what it covers cannot drift from what it tests. */
// `[...Parameters<A>]` makes TypeScript read the array as the action's argument tuple.
function act<A extends Callable>(name: string, who: 'admins' | 'referral staff' | 'any staff', action: A, args: () => [...Parameters<A>]): StaffAction {
  return { name, adminOnly: who === 'admins', referralsOnly: who === 'referral staff', covers: action, call: () => action(...args()) };
}

/**
 * Records the calls act on; filled by prepareMatrixFixtures before any call
 * runs. Every acting account in the matrix has `password`, so actions that
 * ask for the current password would succeed without their guard.
 */
export const fixtures = { targetStaffId: '', disabledStaffId: '', password: 'shared matrix passphrase', groupId: '' };

export async function prepareMatrixFixtures(db: Db): Promise<void> {
  const target = await createStaffUser(db, { email: 'target.editor@example.org', name: 'Casey Target', role: 'EDITOR', password: fixtures.password });
  fixtures.targetStaffId = target.id;
  const disabled = await createStaffUser(db, { email: 'disabled.editor@example.org', name: 'Drew Away', role: 'EDITOR', password: fixtures.password });
  await db.staffUser.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  fixtures.disabledStaffId = disabled.id;
  await createTopics(db);
  fixtures.groupId = (await createGroup(db, buildGroup({ status: 'PUBLISHED' }))).id;
  await prepareContentFixtures(db);
  await prepareImportFixtures(db);
  await prepareOutboxFixtures(db);
}

const id = () => formOf({ id: fixtures.targetStaffId });

export const STAFF_ACTIONS: StaffAction[] = [
  // Accounts (admin only)
  act('staff.invite', 'admins', inviteStaffAction, () => [emptyFormState, formOf({ email: 'someone.new@example.org', role: 'ADMIN' })]),
  act('staff.change-role', 'admins', changeStaffRoleAction, () => [formOf({ id: fixtures.targetStaffId, role: 'ADMIN' })]),
  act('staff.disable', 'admins', disableStaffAction, () => [id()]),
  act('staff.enable', 'admins', enableStaffAction, () => [formOf({ id: fixtures.disabledStaffId })]),
  act('staff.reset-two-factor', 'admins', resetStaffTwoFactorAction, () => [id()]),
  act('staff.referral-access', 'admins', changeReferralAccessAction, () => [formOf({ id: fixtures.targetStaffId, access: 'grant' })]),
  // Own account (any staff)
  act('auth.sign-out', 'any staff', signOutAction, () => []),
  act('auth.sign-out-here', 'any staff', signOutHereAction, () => []),
  act('auth.change-password', 'any staff', changePasswordAction, () => [
    emptyFormState,
    formOf({ current: fixtures.password, password: 'lantern orchard velvet', confirm: 'lantern orchard velvet' }),
  ]),
  act('auth.regenerate-recovery-codes', 'any staff', regenerateRecoveryCodesAction, () => [emptyFormState, formOf({ current: fixtures.password })]),
  act('auth.disable-two-factor', 'any staff', disableTwoFactorAction, () => [emptyFormState, formOf({ current: fixtures.password })]),
  act('auth.enrol-two-factor', 'any staff', enrolTwoFactorAction, () => [emptyFormState, formOf({ sealed: 'x', code: '123456' })]),
];

// ---- Listings, submissions, referrals, fact sheets and topics (listings engineer)

/** Rows the content actions act on, made before any call runs. */
export const content = { draftGroupId: '', groupValues: null as GroupFormValues | null, submissionIds: [] as string[], referralId: '', sheetSlug: 'matrix-sheet', draftSheetSlug: 'matrix-draft-sheet', revisionId: '', topicSlug: 'matrix-topic' };

async function prepareContentFixtures(db: Db): Promise<void> {
  content.draftGroupId = (await createGroup(db, buildGroup({ status: 'DRAFT' }))).id;
  const group = await getGroupForEdit(fixtures.groupId);
  content.groupValues = group && { ...groupToFormValues(group), name: 'Renamed By Nobody' };
  // One pending submission per moderation action, so each would change something.
  for (const n of [1, 2, 3]) {
    const row = await db.submission.create({
      data: { idempotencyKey: `matrix-submission-key-000${n}`, kind: 'PROBLEM_REPORT', groupId: fixtures.groupId, payload: {}, message: 'The phone number is wrong.', submitterName: 'Sam Visitor', submitterEmail: 'sam@example.net' },
      select: { id: true },
    });
    content.submissionIds.push(row.id);
  }
  content.referralId = (await db.referral.create({
    data: {
      reference: 'R-MTRX-01', idempotencyKey: 'matrix-referral-key-0001', groupId: fixtures.groupId, referrerName: 'Robin Referrer', referrerRole: 'Social worker',
      referrerOrganisation: 'Community Health Centre', referrerEmail: 'robin@example.org', clientContactMethod: 'CLIENT_WILL_CALL', consentAt: new Date(),
      statusTokenHash: 'matrix-status-token-hash', statusTokenExpiresAt: new Date(Date.now() + 86_400_000),
    },
    select: { id: true },
  })).id;
  for (const [slug, status] of [[content.sheetSlug, 'PUBLISHED'], [content.draftSheetSlug, 'DRAFT']] as const) {
    const sheet = await db.factSheet.create({ data: { slug, title: 'Matrix sheet', summary: '', body: 'First words.', status, related: [], topicSlugs: [] }, select: { id: true } });
    const rev = await db.factSheetRevision.create({ data: { factSheetId: sheet.id, title: 'Matrix sheet', summary: '', body: 'First words.', authorLabel: 'seed', createdAt: new Date(Date.now() - 60_000) }, select: { id: true } });
    if (slug === content.sheetSlug) content.revisionId = rev.id;
  }
  await db.topic.create({ data: { slug: content.topicSlug, name: 'Matrix topic', description: 'A topic for the matrix test.', keywords: [] } });
}

const groupId = () => formOf({ id: fixtures.groupId });
const sheet = (extra: Record<string, string> = {}) => formOf({ slug: content.sheetSlug, title: 'Changed title', summary: '', body: 'Changed words.', ...extra });
const topicState = { values: { slug: '', name: '', description: '', keywords: '' }, fieldErrors: {}, message: null };

STAFF_ACTIONS.push(
  act('group.create', 'any staff', createGroupAction, () => {
    const v = content.groupValues;
    if (!v) throw new Error('fixtures missing');
    return [initialGroupFormState(v, null), groupForm({ ...v, slug: 'matrix-new-group', meetings: v.meetings.map((m) => ({ ...m, id: '' })) })];
  }),
  act('group.update', 'any staff', updateGroupAction, () => {
    const v = content.groupValues;
    if (!v) throw new Error('fixtures missing');
    return [initialGroupFormState(v, 1), groupForm(v, { id: fixtures.groupId, version: 1 })];
  }),
  act('group.publish', 'any staff', publishGroupAction, () => [formOf({ id: content.draftGroupId })]),
  act('group.unpublish', 'any staff', unpublishGroupAction, () => [groupId()]),
  act('group.archive', 'any staff', archiveGroupAction, () => [groupId()]),
  act('group.verify', 'any staff', markGroupVerifiedAction, () => [initialCheckedState, groupId()]),
  act('submission.approve', 'any staff', approveSubmissionAction, () => [emptyReviewState, formOf({ id: content.submissionIds[0] })]),
  act('submission.decline', 'any staff', declineSubmissionAction, () => [emptyReviewState, formOf({ id: content.submissionIds[1], reason: 'Not a self-help group.' })]),
  act('submission.edit', 'any staff', editSubmissionAction, () => [emptyReviewState, formOf({ id: content.submissionIds[2], name: 'Edited', summary: 'An edited proposal summary.', whoMayAttend: 'BOTH', costKind: 'FREE', languages: 'en', meetingRows: 1, 'meetings.0.attendance': 'ONLINE', 'meetings.0.recurrence': 'BY_ARRANGEMENT' })]),
  // A note needs no confirmation, so this post would write; the referral has no history yet, so its version is its own id.
  act('referral.work', 'referral staff', workOnReferralAction, () => [initialReferralWorkState, formOf({ id: content.referralId, version: content.referralId, status: '', note: 'Called the client.' })]),
  act('referral.assign', 'referral staff', assignReferralAction, () => [formOf({ id: content.referralId, assignee: fixtures.targetStaffId })]),
  act('privacy.search', 'referral staff', searchPersonalDataAction, () => [formOf({ email: 'robin@example.org', phone: '' })]),
  act('privacy.correct', 'referral staff', correctReferralDetailsAction, () => [formOf({ case: 'x', part: 'referrer', referralId: content.referralId, name: 'Robin Referrer', email: 'robin@example.org', phone: '' })]),
  act('privacy.erase', 'referral staff', erasePersonalDataAction, () => [formOf({ case: 'x', confirm: 'yes' })]),
  {
    name: 'privacy.export',
    adminOnly: false,
    referralsOnly: true,
    covers: exportPersonalData,
    call: async () => {
      const res = await exportPersonalData(new Request('http://localhost/staff/personal-data/export?case=x'));
      if (res.status === 403) throw new AuthorizationError(await res.text());
      return res;
    },
  },
  act('fact-sheet.save', 'any staff', saveFactSheetAction, () => [{ values: { title: '', summary: '', body: '' }, fieldErrors: {}, message: null, previewHtml: null }, sheet()]),
  act('fact-sheet.restore', 'any staff', restoreFactSheetRevisionAction, () => [formOf({ slug: content.sheetSlug, revisionId: content.revisionId })]),
  act('fact-sheet.publish', 'any staff', publishFactSheetAction, () => [formOf({ slug: content.draftSheetSlug })]),
  act('fact-sheet.unpublish', 'any staff', unpublishFactSheetAction, () => [formOf({ slug: content.sheetSlug })]),
  {
    name: 'fact-sheet.preview',
    adminOnly: false,
    referralsOnly: false,
    covers: previewFactSheet,
    // A route handler answers 403 instead of throwing; read that as the refusal.
    call: async () => {
      const res = await previewFactSheet(new Request('http://localhost/staff/fact-sheets/preview', { method: 'POST', body: '# Hello' }));
      if (res.status === 403) throw new AuthorizationError(await res.text());
      return res;
    },
  },
  act('topic.create', 'any staff', createTopicAction, () => [topicState, formOf({ slug: 'matrix-new-topic', name: 'New topic', description: 'A brand new topic here.', keywords: 'one, two' })]),
  act('topic.update', 'any staff', updateTopicAction, () => [topicState, formOf({ slug: content.topicSlug, name: 'Renamed topic', description: 'A renamed topic for the matrix.', keywords: 'three' })]),
);

// ---- Imports (admins only)

/** A CSV waiting for its columns and a dry run waiting to be applied: each action would move one on. */
export const imports = { mappingRunId: '', readyRunId: '' };

async function prepareImportFixtures(db: Db): Promise<void> {
  const table = { headers: ['Group', 'About'], rows: [{ line: 2, cells: ['Matrix Import Circle', 'A circle that only the matrix imports.'] }] };
  imports.mappingRunId = (await db.importRun.create({ data: { createdById: fixtures.targetStaffId, format: 'csv', fileName: 'matrix.csv', stage: 'MAPPING', payload: { table, mapping: {} } }, select: { id: true } })).id;
  const record = { ref: 'line 2', externalId: 'matrix-import-1', fields: { name: 'Matrix Ready Circle', summary: 'A circle that only the matrix imports.', description: 'Imported by nobody.' }, topics: [], terms: [], meetings: [], problems: [], notes: [] };
  imports.readyRunId = (await db.importRun.create({ data: { createdById: fixtures.targetStaffId, format: 'hsds-json', fileName: 'matrix.json', stage: 'READY', payload: { records: [record], notes: [] } }, select: { id: true } })).id;
}

STAFF_ACTIONS.push(
  act('import.preview', 'admins', previewImportAction, () => [emptyImportState, uploadForm('matrix.json', jsonBytes(hsdsService({ id: 'matrix-preview-1', name: 'Matrix Preview Circle' })))]),
  act('import.map-columns', 'admins', mapImportColumnsAction, () => [emptyImportState, formOf({ id: imports.mappingRunId, 'column.name': '0', 'column.description': '1' })]),
  act('import.apply', 'admins', applyImportAction, () => [emptyImportState, formOf({ id: imports.readyRunId })]),
);

// ---- Outbox (admins only: lib/staff/policy.ts mayManageMail)

/** Two messages that failed once: a retry would keep or send one, a cancel would stop the other. */
export const outbox = { retryId: '', cancelId: '' };

async function prepareOutboxFixtures(db: Db): Promise<void> {
  const failed = { to: 'someone@example.org', subject: 'Matrix mail', text: 'Hello', kind: 'test', attempts: 1, lastError: 'connect ECONNREFUSED' };
  outbox.retryId = (await db.outboxMessage.create({ data: failed, select: { id: true } })).id;
  outbox.cancelId = (await db.outboxMessage.create({ data: failed, select: { id: true } })).id;
}

STAFF_ACTIONS.push(
  act('mail.retry', 'admins', retryMailAction, () => [formOf({ id: outbox.retryId })]),
  act('mail.cancel', 'admins', cancelMailAction, () => [formOf({ id: outbox.cancelId })]),
);

// ---- Referral reads: what staff read about referrals, beyond the actions

/** The signed-in staff member a read is asked for, as the guard hands it over. */
export type Reader = { userId: string; email: string; name: string; role: 'ADMIN' | 'EDITOR'; referralAccess: boolean };

/** Every exported function of the referral staff data modules, each called with input that would return data. */
export const REFERRAL_READS: { name: string; covers: Callable; call: (actor: Reader) => Promise<unknown> }[] = [
  { name: 'inbox', covers: listReferralInbox, call: (actor) => listReferralInbox(parseReferralInbox({}), actor) },
  { name: 'referred groups', covers: listReferredGroups, call: (actor) => listReferredGroups(actor) },
  { name: 'assignable staff', covers: listAssignableStaff, call: (actor) => listAssignableStaff(actor) },
  { name: 'status', covers: getReferralStatus, call: (actor) => getReferralStatus(content.referralId, actor) },
  { name: 'client details', covers: getReferralForStaff, call: (actor) => getReferralForStaff(content.referralId, { actor, ip: '' }) },
  { name: 'assign', covers: assignReferral, call: (actor) => assignReferral(content.referralId, fixtures.targetStaffId, { actor, ip: '' }) },
  { name: 'note and status', covers: workOnReferral, call: (actor) => workOnReferral(content.referralId, { version: content.referralId, status: null, note: 'Called the client.', confirm: null }, { actor, ip: '' }) },
  { name: 'personal data', covers: privacyFindData.findPersonalData, call: (actor) => privacyFindData.findPersonalData({ email: 'robin@example.org', phone: null }, { actor, ip: '' }, 'privacy.view') },
  { name: 'correct personal data', covers: privacyCorrectData.correctReferralDetails, call: (actor) => privacyCorrectData.correctReferralDetails({ part: 'referrer', referralId: content.referralId, name: 'Robin', email: 'robin@example.org', phone: '' }, { actor, ip: '' }) },
  { name: 'erase personal data', covers: privacyEraseData.erasePersonalData, call: (actor) => privacyEraseData.erasePersonalData({ email: 'robin@example.org', phone: null }, { actor, ip: '' }) },
];

/** The modules REFERRAL_READS must cover completely. */
export const REFERRAL_READ_MODULES = {
  'lib/referrals/staff-inbox-data.ts': staffInboxData,
  'lib/referrals/staff-view-data.ts': staffViewData,
  'lib/referrals/staff-work-data.ts': staffWorkData,
  'lib/privacy/find-data.ts': privacyFindData,
  'lib/privacy/correct-data.ts': privacyCorrectData,
  'lib/privacy/erase-data.ts': privacyEraseData,
};
