// GET /api/open-data/hsds.json — the whole published directory as one HSDS 3.0 JSON document (an array of fully nested services).
// Linked from /open-data; same rate limit, ETag and CORS as the HSDS API.
import { mappingContext } from '@/lib/open-data/hsds-api';
import { hsdsJsonExport } from '@/lib/open-data/exports';
import { openDataResponse } from '@/lib/open-data/http';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, () => hsdsJsonExport(mappingContext()));
}
