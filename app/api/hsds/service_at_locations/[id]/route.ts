// GET /api/hsds/service_at_locations/<id> — one meeting as a fully nested service_at_location, with its service. Unknown ids are a 404.
import { getServiceAtLocation, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return openDataResponse(request, async () => {
    const found = await getServiceAtLocation(id, mappingContext());
    return found ? jsonBody(found) : null;
  });
}
