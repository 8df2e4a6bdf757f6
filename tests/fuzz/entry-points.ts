// Which fuzz test sends 1,000 generated inputs to each way in: every server
// action and route handler the code exposes (found by the same scan as the
// authorization matrix) and every public page that reads its address.
// coverage.test.ts fails on one that is in the code but not here, so a new
// entry point needs a fuzz test before it can land.

/** `file#name` → the fuzz test file that runs it. */
export const FUZZED_ENTRY_POINTS: Record<string, string> = {
  // Public forms, through the lib function each action delegates to (validatedBy in public-entry-points.ts).
  'app/refer/actions.ts#submitReferralAction': 'public-forms.test.ts',
  'app/list-your-group/actions/submit-listing-action.ts#submitListingAction': 'public-forms.test.ts',
  'app/groups/[slug]/contact/actions/send-group-message-action.ts#sendGroupMessageAction': 'public-forms.test.ts',
  // Public routes
  'app/api/health/route.ts#GET': 'public-pages.test.ts',
  'app/api/suggest/route.ts#GET': 'search.test.ts',
  'app/groups/[slug]/meetings/[position]/calendar.ics/route.ts#GET': 'public-pages.test.ts',
  'app/groups/[slug]/next-meeting.ics/route.ts#GET': 'public-pages.test.ts',
  // Sign-in steps anyone can reach
  'app/(staff-auth)/staff/actions/sign-in-action.ts#signInAction': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/actions/second-factor-action.ts#secondFactorAction': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/actions/enrol-at-sign-in-action.ts#enrolAtSignInAction': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/actions/forgot-password-action.ts#forgotPasswordAction': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/actions/reset-password-action.ts#resetPasswordAction': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/actions/accept-invite-action.ts#acceptInviteAction': 'staff-sign-in.test.ts',
  // Staff console (signed in as an administrator)
  'app/staff/accounts/actions/invite-staff-action.ts#inviteStaffAction': 'support/staff-fuzz.ts',
  'app/staff/accounts/actions/change-staff-role-action.ts#changeStaffRoleAction': 'support/staff-fuzz.ts',
  'app/staff/accounts/actions/disable-staff-action.ts#disableStaffAction': 'support/staff-fuzz.ts',
  'app/staff/accounts/actions/enable-staff-action.ts#enableStaffAction': 'support/staff-fuzz.ts',
  'app/staff/accounts/actions/reset-staff-two-factor-action.ts#resetStaffTwoFactorAction': 'support/staff-fuzz.ts',
  'app/staff/actions/sign-out-action.ts#signOutAction': 'support/staff-fuzz.ts',
  'app/staff/account/actions/change-password-action.ts#changePasswordAction': 'support/staff-fuzz.ts',
  'app/staff/account/actions/regenerate-recovery-codes-action.ts#regenerateRecoveryCodesAction': 'support/staff-fuzz.ts',
  'app/staff/account/actions/disable-two-factor-action.ts#disableTwoFactorAction': 'support/staff-fuzz.ts',
  'app/staff/account/actions/enrol-two-factor-action.ts#enrolTwoFactorAction': 'support/staff-fuzz.ts',
  'app/staff/listings/actions/create-group-action.ts#createGroupAction': 'support/staff-fuzz.ts',
  'app/staff/listings/actions/update-group-action.ts#updateGroupAction': 'support/staff-fuzz.ts',
  'app/staff/listings/actions/publish-group-action.ts#publishGroupAction': 'support/staff-fuzz.ts',
  'app/staff/listings/actions/unpublish-group-action.ts#unpublishGroupAction': 'support/staff-fuzz.ts',
  'app/staff/listings/actions/archive-group-action.ts#archiveGroupAction': 'support/staff-fuzz.ts',
  'app/staff/listings/actions/mark-group-verified-action.ts#markGroupVerifiedAction': 'support/staff-fuzz.ts',
  'app/staff/submissions/actions/approve-submission-action.ts#approveSubmissionAction': 'support/staff-fuzz.ts',
  'app/staff/submissions/actions/decline-submission-action.ts#declineSubmissionAction': 'support/staff-fuzz.ts',
  'app/staff/submissions/actions/edit-submission-action.ts#editSubmissionAction': 'support/staff-fuzz.ts',
  'app/staff/referrals/actions/change-referral-status-action.ts#changeReferralStatusAction': 'support/staff-fuzz.ts',
  'app/staff/referrals/actions/add-referral-note-action.ts#addReferralNoteAction': 'support/staff-fuzz.ts',
  'app/staff/referrals/actions/assign-referral-action.ts#assignReferralAction': 'support/staff-fuzz.ts',
  'app/staff/fact-sheets/actions/save-fact-sheet-action.ts#saveFactSheetAction': 'support/staff-fuzz.ts',
  'app/staff/fact-sheets/actions/restore-fact-sheet-revision-action.ts#restoreFactSheetRevisionAction': 'support/staff-fuzz.ts',
  'app/staff/fact-sheets/actions/publish-fact-sheet-action.ts#publishFactSheetAction': 'support/staff-fuzz.ts',
  'app/staff/fact-sheets/actions/unpublish-fact-sheet-action.ts#unpublishFactSheetAction': 'support/staff-fuzz.ts',
  'app/staff/fact-sheets/preview/route.ts#POST': 'support/staff-fuzz.ts',
  'app/staff/topics/actions/create-topic-action.ts#createTopicAction': 'support/staff-fuzz.ts',
  'app/staff/topics/actions/update-topic-action.ts#updateTopicAction': 'support/staff-fuzz.ts',
};

/** Public pages that read their address (path segments or query), → the fuzz test that renders them. */
export const FUZZED_PAGES: Record<string, string> = {
  'app/groups/page.tsx': 'search.test.ts',
  'app/groups/browse/page.tsx': 'search.test.ts',
  'app/topics/[slug]/page.tsx': 'search.test.ts',
  'app/groups/[slug]/page.tsx': 'public-pages.test.ts',
  'app/groups/[slug]/contact/page.tsx': 'public-pages.test.ts',
  'app/groups/[slug]/contact/sent/page.tsx': 'public-pages.test.ts',
  'app/groups/[slug]/refer/page.tsx': 'public-pages.test.ts',
  'app/fact-sheets/[slug]/page.tsx': 'public-pages.test.ts',
  'app/referrals/status/[token]/page.tsx': 'public-pages.test.ts',
  'app/refer/sent/page.tsx': 'public-pages.test.ts',
  'app/list-your-group/page.tsx': 'public-pages.test.ts',
  'app/list-your-group/thanks/page.tsx': 'public-pages.test.ts',
  'app/(staff-auth)/staff/invite/[token]/page.tsx': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/reset/[token]/page.tsx': 'staff-sign-in.test.ts',
  'app/(staff-auth)/staff/sign-in/page.tsx': 'staff-sign-in.test.ts',
};
