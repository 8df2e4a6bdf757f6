// GET /api/hsds/service_at_locations — each meeting of a published group, paged; the services' filters plus postcode and proximity (metres).
import { listServiceAtLocations, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';
import { parseListQuery } from '@/lib/open-data/query';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, async () => jsonBody(await listServiceAtLocations(parseListQuery(new URL(request.url)), mappingContext())));
}
