// GET /api/hsds/organizations — the sponsors of published groups, and each group that runs on its own, paged.
import { listOrganizations, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';
import { parseListQuery } from '@/lib/open-data/query';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, async () => jsonBody(await listOrganizations(parseListQuery(new URL(request.url)), mappingContext())));
}
