// GET /api/hsds/organizations/<id> — one organization with its published
// services (full_service=true nests them fully). Unknown ids are a 404.
import { getOrganization, mappingContext } from '@/lib/open-data/hsds-api';
import { jsonBody, openDataResponse } from '@/lib/open-data/http';
import { parseListQuery } from '@/lib/open-data/query';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return openDataResponse(request, async () => {
    const found = await getOrganization(id, parseListQuery(new URL(request.url)), mappingContext());
    return found ? jsonBody(found) : null;
  });
}
