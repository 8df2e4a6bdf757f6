// Who is making a staff change, for the audit entry written with it.
import 'server-only';
import type { StaffSession } from './guards.ts';
import { getRequestIp } from './request-ip.ts';

export type ChangeContext = { actor: StaffSession; ip: string };

/** The signed-in staff member and the request's address. */
export async function changeContext(actor: StaffSession): Promise<ChangeContext> {
  return { actor, ip: await getRequestIp() };
}
