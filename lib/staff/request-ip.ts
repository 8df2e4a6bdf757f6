import 'server-only';
import { headers } from 'next/headers';

/**
 * The client address as the reverse proxy reports it, for audit entries and
 * sign-in records. Outside a request (tests, scripts) it is ''.
 */
export async function getRequestIp(): Promise<string> {
  try {
    const h = await headers();
    const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
    return (forwarded || h.get('x-real-ip')?.trim() || '').slice(0, 100);
  } catch {
    return '';
  }
}
