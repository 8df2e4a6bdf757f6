// The staff console's actions as fuzz targets: each with the form a staff
// member would post (valid, acting on the matrix's records), whose fields
// the fuzzer replaces with generated values. Shared by the two staff fuzz
// files, which split the actions between vitest's two workers.
import fc from 'fast-check';
import { expect } from 'vitest';
import { formOverrides } from './arbitraries.ts';
import { answerOf } from './fuzz.ts';
import { content, fixtures } from '../../integration/staff-actions.ts';
import { formOf, groupForm } from '../../integration/support/staff-actions-harness.ts';
import { emptyFormState } from '../../../lib/staff/form-state.ts';
import { initialGroupFormState } from '../../../lib/listings/form-state.ts';
import { emptyReviewState } from '../../../lib/submissions/review-state.ts';
import { AuthorizationError } from '../../../lib/staff/guards.ts';

export type StaffTarget = {
  /** `file#name`, as the entry-point scan names it. */
  key: string;
  /** The valid post this action would get from its form. */
  base: () => FormData;
  run: (form: FormData) => Promise<unknown>;
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
    t('app/staff/accounts/actions/reset-staff-two-factor-action.ts', 'resetStaffTwoFactorAction', id(() => fixtures.targetStaffId)),
    t('app/staff/actions/sign-out-action.ts', 'signOutAction', () => formOf({})),
    t('app/staff/account/actions/change-password-action.ts', 'changePasswordAction', () => formOf({ current: 'not the password', password: 'lantern orchard velvet', confirm: 'lantern orchard velvet' }), () => emptyFormState),
    t('app/staff/account/actions/regenerate-recovery-codes-action.ts', 'regenerateRecoveryCodesAction', () => formOf({ current: 'not the password' }), () => emptyFormState),
    t('app/staff/account/actions/disable-two-factor-action.ts', 'disableTwoFactorAction', () => formOf({ current: 'not the password' }), () => emptyFormState),
    t('app/staff/account/actions/enrol-two-factor-action.ts', 'enrolTwoFactorAction', () => formOf({ sealed: 'x', code: '123456' }), () => emptyFormState),
    t('app/staff/listings/actions/create-group-action.ts', 'createGroupAction', () => groupForm({ ...groupValues(), slug: '', meetings: groupValues().meetings.map((m) => ({ ...m, id: '' })) }), () => initialGroupFormState(groupValues(), null)),
    t('app/staff/listings/actions/update-group-action.ts', 'updateGroupAction', () => groupForm(groupValues(), { id: fixtures.groupId, version: 1 }), () => initialGroupFormState(groupValues(), 1)),
    t('app/staff/listings/actions/publish-group-action.ts', 'publishGroupAction', id(() => content.draftGroupId)),
    t('app/staff/listings/actions/unpublish-group-action.ts', 'unpublishGroupAction', id(() => content.draftGroupId)),
    t('app/staff/listings/actions/archive-group-action.ts', 'archiveGroupAction', id(() => content.draftGroupId)),
    t('app/staff/listings/actions/mark-group-verified-action.ts', 'markGroupVerifiedAction', id(() => fixtures.groupId)),
    t('app/staff/submissions/actions/approve-submission-action.ts', 'approveSubmissionAction', id(() => content.submissionIds[0] ?? ''), () => emptyReviewState),
    t('app/staff/submissions/actions/decline-submission-action.ts', 'declineSubmissionAction', () => formOf({ id: content.submissionIds[1], reason: 'Not a self-help group.' }), () => emptyReviewState),
    t('app/staff/submissions/actions/edit-submission-action.ts', 'editSubmissionAction', () => formOf({ id: content.submissionIds[2], name: 'Edited', summary: 'An edited proposal summary.', whoMayAttend: 'BOTH', costKind: 'FREE', attendance: 'ONLINE', recurrence: 'BY_ARRANGEMENT' }), () => emptyReviewState),
    t('app/staff/referrals/actions/change-referral-status-action.ts', 'changeReferralStatusAction', () => formOf({ id: content.referralId, status: 'IN_PROGRESS', note: '' })),
    t('app/staff/referrals/actions/add-referral-note-action.ts', 'addReferralNoteAction', () => formOf({ id: content.referralId, note: 'Called the client.' })),
    t('app/staff/referrals/actions/assign-referral-action.ts', 'assignReferralAction', () => formOf({ id: content.referralId, assignee: fixtures.targetStaffId })),
    t('app/staff/fact-sheets/actions/save-fact-sheet-action.ts', 'saveFactSheetAction', () => formOf({ slug: content.sheetSlug, title: 'Changed title', summary: '', body: 'Changed words.' }), () => sheetState),
    t('app/staff/fact-sheets/actions/restore-fact-sheet-revision-action.ts', 'restoreFactSheetRevisionAction', () => formOf({ slug: content.sheetSlug, revisionId: content.revisionId })),
    t('app/staff/fact-sheets/actions/publish-fact-sheet-action.ts', 'publishFactSheetAction', () => formOf({ slug: content.draftSheetSlug })),
    t('app/staff/fact-sheets/actions/unpublish-fact-sheet-action.ts', 'unpublishFactSheetAction', () => formOf({ slug: content.draftSheetSlug })),
    t('app/staff/topics/actions/create-topic-action.ts', 'createTopicAction', () => formOf({ slug: 'fuzz-new-topic', name: 'New topic', description: 'A brand new topic here.', keywords: 'one, two' }), () => topicState),
    t('app/staff/topics/actions/update-topic-action.ts', 'updateTopicAction', () => formOf({ slug: content.topicSlug, name: 'Renamed topic', description: 'A renamed topic for the matrix.', keywords: 'three' }), () => topicState),
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

type Overrides = Partial<Record<string, string | string[]>>;

/** Fields to replace in the valid post (a plain object, so a failure prints it). */
export function staffOverrides(target: StaffTarget): fc.Arbitrary<Overrides> {
  return formOverrides([...new Set([...target.base().keys(), 'id', 'slug'])]);
}

/** The valid post with some fields replaced, added or repeated. */
export function staffPost(target: StaffTarget, overrides: Overrides): FormData {
  const form = target.base();
  for (const [k, v] of Object.entries(overrides)) {
    form.delete(k);
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
