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
  { file: 'app/api/hsds/route.ts', name: 'GET', reason: 'The HSDS API\'s information (version, profile, OpenAPI link): no listing data.' },
  { file: 'app/api/hsds/services/route.ts', name: 'GET', reason: 'Open data: published groups as HSDS services, the same facts as the public group pages, never private contacts; query parsed with zod, read-only, rate-limited per address.' },
  { file: 'app/api/hsds/services/[id]/route.ts', name: 'GET', reason: 'Open data: one published group as an HSDS service, the same facts as its public page; read-only, rate-limited.' },
  { file: 'app/api/hsds/service_at_locations/route.ts', name: 'GET', reason: 'Open data: the meetings of published groups, as on the public pages; query parsed with zod, read-only, rate-limited.' },
  { file: 'app/api/hsds/service_at_locations/[id]/route.ts', name: 'GET', reason: 'Open data: one meeting of a published group, as on its public page; read-only, rate-limited.' },
  { file: 'app/api/hsds/organizations/route.ts', name: 'GET', reason: 'Open data: the sponsors shown on public group pages, and groups that run on their own; read-only, rate-limited.' },
  { file: 'app/api/hsds/organizations/[id]/route.ts', name: 'GET', reason: 'Open data: one sponsor with its published groups; read-only, rate-limited.' },
  { file: 'app/api/hsds/taxonomies/route.ts', name: 'GET', reason: 'Open data: the topics taxonomy, as the public topic pages list it; read-only, rate-limited.' },
  { file: 'app/api/hsds/taxonomies/[id]/route.ts', name: 'GET', reason: 'Open data: the topics taxonomy by id; read-only, rate-limited.' },
  { file: 'app/api/hsds/taxonomy_terms/route.ts', name: 'GET', reason: 'Open data: the topics, as the public A–Z page lists them; read-only, rate-limited.' },
  { file: 'app/api/hsds/taxonomy_terms/[id]/route.ts', name: 'GET', reason: 'Open data: one topic, as its public page shows it; read-only, rate-limited.' },
  { file: 'app/api/open-data/hsds.json/route.ts', name: 'GET', reason: 'Open data download: every published group as HSDS JSON, the facts of the public pages; read-only, rate-limited.' },
  { file: 'app/api/open-data/hsds-tabular.zip/route.ts', name: 'GET', reason: 'Open data download: the same as HSDS CSV tables in a zip; read-only, rate-limited.' },
  { file: 'app/api/open-data/listings.csv/route.ts', name: 'GET', reason: 'Open data download: published meetings as a spreadsheet, formula cells neutralised; read-only, rate-limited.' },
  { file: 'app/api/meeting-guide.json/route.ts', name: 'GET', reason: 'Meeting Guide feed of published weekly meetings for meeting-finder apps: the facts of the public pages; read-only, rate-limited.' },
  { file: 'app/groups/[slug]/calendar.ics/route.ts', name: 'GET', reason: 'A published group\'s meetings as a calendar subscription: the same facts as its public page; read-only, rate-limited.' },
  { file: 'app/topics/[slug]/calendar.ics/route.ts', name: 'GET', reason: 'The meetings of a topic\'s published groups as a calendar subscription; read-only, rate-limited.' },
];

export const PUBLIC_ENTRY_POINTS: PublicEntryPoint[] = [...PUBLIC_ACTIONS, ...PUBLIC_ROUTES];
