// GET /api/hsds/taxonomies/<id> — the topics taxonomy. Unknown ids are a 404.
import { getTaxonomy, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return openDataResponse(request, async () => {
    const found = await getTaxonomy(id, mappingContext());
    return found ? jsonBody(found) : null;
  });
}
