import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '../abuse/client-address.ts';

/**
 * The client address for audit entries and sign-in records, by the same
 * rules as the public forms' limits (lib/abuse/client-address.ts). Outside
 * a request (tests, scripts) it is ''.
 */
export async function getRequestIp(): Promise<string> {
  let h: Awaited<ReturnType<typeof headers>>;
  try {
    h = await headers();
  } catch {
    return '';
  }
  return clientAddress(h).slice(0, 100);
}
