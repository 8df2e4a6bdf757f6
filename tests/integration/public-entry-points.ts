// Server actions and route handlers anyone may call without signing in.
// Everything else the code exposes must have an entry in the authorization
// matrix (staff-actions.ts); authorization-matrix.test.ts fails on anything
// in neither list. Adding a line here is a decision that strangers may run
// it: give the reason. A public action must validate its own input, with a
// zod parse or the helper named in `validatedBy` (server-actions.test.ts).
export type PublicEntryPoint = { file: string; name: string; reason: string; validatedBy?: string };

export const PUBLIC_ACTIONS: PublicEntryPoint[] = [
  { file: 'app/refer/actions.ts', name: 'submitReferralAction', reason: 'Professionals refer clients without an account; rate-limited per IP and email.', validatedBy: 'submitReferral' },
  { file: 'app/list-your-group/actions/submit-listing-action.ts', name: 'submitListingAction', reason: 'Anyone may propose a listing or report a problem; staff review it before it is shown.', validatedBy: 'submitListing' },
  { file: 'app/groups/[slug]/contact/actions/send-group-message-action.ts', name: 'sendGroupMessageAction', reason: 'Visitors write to a group that keeps its contact details private; rate-limited per IP, sender and group, and only ever mailed to that group or the clearinghouse.', validatedBy: 'submitGroupMessage' },
  { file: 'app/(staff-auth)/staff/actions/sign-in-action.ts', name: 'signInAction', reason: 'Signing in is how a stranger becomes staff; attempts are throttled and locked.' },
  { file: 'app/(staff-auth)/staff/actions/second-factor-action.ts', name: 'secondFactorAction', reason: 'The code step of sign-in; needs the pending sign-in cookie the password step set.' },
  { file: 'app/(staff-auth)/staff/actions/enrol-at-sign-in-action.ts', name: 'enrolAtSignInAction', reason: 'An administrator sets up two-factor between password and session; needs the pending sign-in cookie.' },
  { file: 'app/(staff-auth)/staff/actions/forgot-password-action.ts', name: 'forgotPasswordAction', reason: 'Asking for a reset link; answers the same whether or not the address has an account.' },
  { file: 'app/(staff-auth)/staff/actions/reset-password-action.ts', name: 'resetPasswordAction', reason: 'Choosing a new password; needs a live single-use reset token from the email.' },
  { file: 'app/(staff-auth)/staff/actions/accept-invite-action.ts', name: 'acceptInviteAction', reason: 'Accepting an invitation; needs a live single-use invitation token from the email.' },
];

export const PUBLIC_ROUTES: PublicEntryPoint[] = [
  { file: 'app/api/health/route.ts', name: 'GET', reason: 'Monitors check liveness; the answer holds no data beyond up or down.' },
  { file: 'app/groups/[slug]/meetings/[position]/calendar.ics/route.ts', name: 'GET', reason: 'A published meeting as a calendar file, the same facts as the public group page.' },
  { file: 'app/groups/[slug]/next-meeting.ics/route.ts', name: 'GET', reason: 'The next date of a published group as a one-event calendar file: the same facts as the public group page.' },
  { file: 'app/api/suggest/route.ts', name: 'GET', reason: 'Suggestions while a visitor types in the public search form: topic and town names anyone can already see; input parsed with zod, read-only.' },
];

export const PUBLIC_ENTRY_POINTS: PublicEntryPoint[] = [...PUBLIC_ACTIONS, ...PUBLIC_ROUTES];
