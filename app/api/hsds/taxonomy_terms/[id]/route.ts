// GET /api/hsds/taxonomy_terms/<id> — one topic as a taxonomy term. Unknown ids are a 404.
import { getTaxonomyTerm, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return openDataResponse(request, async () => {
    const found = await getTaxonomyTerm(id, mappingContext());
    return found ? jsonBody(found) : null;
  });
}
