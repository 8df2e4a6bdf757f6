// GET /api/hsds/taxonomy_terms — every topic as a taxonomy term, paged; search, taxonomy_id.
import { listTaxonomyTerms, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';
import { parseListQuery } from '@/lib/open-data/query';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, async () => jsonBody(await listTaxonomyTerms(parseListQuery(new URL(request.url)), mappingContext())));
}
