// The hand-over from our sign-in steps to Auth.js. When every factor has
// been checked, the server action seals a ticket (60 s) and passes it to
// signIn() in the same process; the Credentials provider opens it and checks
// the account once more. The Auth.js HTTP routes are not mounted, so a
// ticket never travels to a browser.
import 'server-only';
import { z } from 'zod';
import { needsTwoFactor } from '@/lib/staff/policy';
import { getStaffForGuard } from '@/lib/staff/session-data';
import { seal, unseal } from './seal';

const PURPOSE = 'sign-in-ticket';
const ticketSchema = z.object({ uid: z.string().min(1), sv: z.number().int() });

export type TicketUser = { id: string; email: string; name: string; sessionVersion: number };

export async function issueSignInTicket(userId: string, sessionVersion: number): Promise<string> {
  return seal(PURPOSE, { uid: userId, sv: sessionVersion }, 60_000);
}

export async function redeemSignInTicket(ticket: string): Promise<TicketUser | null> {
  const claims = await unseal(PURPOSE, ticket, ticketSchema);
  if (!claims) return null;
  const user = await getStaffForGuard(claims.uid);
  if (!user || user.disabledAt || user.sessionVersion !== claims.sv) return null;
  if (needsTwoFactor(user) && !user.totpEnabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
