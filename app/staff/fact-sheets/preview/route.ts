// Live preview for the fact-sheet editor: Markdown in, the same sanitised
// HTML the public page would show out. Staff only; nothing is stored.
import { AuthorizationError, authorizeAction } from '@/lib/staff/guards';
import { env } from '@/lib/env';
import { renderFactSheetPreview } from '@/lib/fact-sheets/staff-preview';
import { FACT_SHEET_LIMITS } from '@/lib/fact-sheets/schema';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    await authorizeAction('fact-sheet.preview');
  } catch (e) {
    if (e instanceof AuthorizationError) return new Response(e.message, { status: 403, headers: { 'Cache-Control': 'no-store' } });
    throw e;
  }
  const body = (await request.text()).slice(0, FACT_SHEET_LIMITS.bodyMax);
  return new Response(renderFactSheetPreview(body, env().SITE_URL), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
