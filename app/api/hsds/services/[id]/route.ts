// GET /api/hsds/services/<id> — one published group as a fully nested HSDS service. Unknown ids are a 404.
import { getService, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return openDataResponse(request, async () => {
    const found = await getService(id, mappingContext());
    return found ? jsonBody(found) : null;
  });
}
