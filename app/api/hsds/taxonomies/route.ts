// GET /api/hsds/taxonomies — the one published taxonomy: the directory's topics.
import { listTaxonomies, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';
import { parseListQuery } from '@/lib/open-data/query';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, async () => jsonBody(await listTaxonomies(parseListQuery(new URL(request.url)), mappingContext())));
}
