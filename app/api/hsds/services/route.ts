// GET /api/hsds/services — published groups as HSDS services, paged; search, taxonomy_term_id, taxonomy_id, organization_id, modified_after; full=true nests everything.
import { listServices, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';
import { parseListQuery } from '@/lib/open-data/query';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, async () => jsonBody(await listServices(parseListQuery(new URL(request.url)), mappingContext())));
}
