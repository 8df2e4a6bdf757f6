// GET /api/hsds/ — the HSDS 3.0 API's information: its version, its profile
// (the Open data page) and the OpenAPI file it follows.
import { apiInfo, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, async () => jsonBody(apiInfo(mappingContext())));
}
