// The export of a request about personal data: one plain-text document to
// hand to the person. Referral staff only; the export is on the audit trail.
import { AuthorizationError, authorizeAction, type StaffSession } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { env } from '@/lib/env';
import { openCase } from '@/lib/privacy/case';
import { findPersonalData } from '@/lib/privacy/find-data';
import { personalDataText } from '@/lib/privacy/export-text';

export const dynamic = 'force-dynamic';

const plain = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function GET(request: Request): Promise<Response> {
  try {
    await authorizeAction('privacy.export', 'REFERRALS');
  } catch (e) {
    if (e instanceof AuthorizationError) return plain(e.message, 403);
    throw e;
  }
  // The session itself: the check above has already answered a refusal with 403.
  return exportFor(await authorizeAction('privacy.export', 'REFERRALS'), request);
}

async function exportFor(session: StaffSession, request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('case') ?? undefined;
  const query = await openCase(session.userId, token);
  if (!query) return plain('This request has expired. Search again from the Personal data page.', 404);
  const now = new Date();
  const data = await findPersonalData(query, await changeContext(session), 'privacy.export');
  const text = personalDataText(data, { siteName: env().SITE_NAME, generatedAt: now, searchedBy: [query.email, query.phone].filter(Boolean).join(' / ') });
  return new Response(text, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="personal-data-${now.toISOString().slice(0, 10)}.txt"`,
      'Cache-Control': 'no-store',
    },
  });
}
