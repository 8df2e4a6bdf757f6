// Who is making a staff change, for the audit entry written with it.
import type { StaffSession } from '../auth/guards.ts';

export type ChangeContext = { actor: StaffSession; ip: string };
