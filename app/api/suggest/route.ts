// GET /api/suggest?field=what|where&q=... — suggestions for the search form
// while a visitor types. The same answer for everyone (no cookies, no
// personal data), so browsers and shared caches may keep it.
import { suggestFor, suggestRequestSchema } from '@/lib/search/suggest';

const CACHE = 'public, max-age=300, s-maxage=3600';

const badRequest = (error: string) => Response.json({ error }, { status: 400, headers: { 'Cache-Control': 'no-store' } });

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  // A repeated parameter is a malformed link, not a choice between values.
  for (const name of ['field', 'q']) if (params.getAll(name).length > 1) return badRequest(`Give ${name} only once.`);
  const parsed = suggestRequestSchema.safeParse({ field: params.get('field') ?? undefined, q: params.get('q') ?? '' });
  if (!parsed.success) return badRequest(parsed.error.issues.map((i) => i.message).join(' '));
  try {
    const suggestions = await suggestFor(parsed.data.field, parsed.data.q);
    return Response.json({ suggestions }, { headers: { 'Cache-Control': CACHE } });
  } catch (err) {
    // Suggestions are a convenience and the form works without them: when the
    // database is away, answer "none for now" (not cached), never a 500.
    console.error(`[suggest] suggestions could not be read: ${err instanceof Error ? err.name : 'error'}`);
    return Response.json({ suggestions: [] }, { headers: { 'Cache-Control': 'no-store' } });
  }
}
