// GET /api/open-data/hsds-tabular.zip — the HSDS tabular form: one CSV per table and datapackage.json, zipped.
// Linked from /open-data; same rate limit, ETag and CORS as the HSDS API.
import { mappingContext } from '@/lib/open-data/hsds-api';
import { hsdsTabularExport } from '@/lib/open-data/exports';
import { openDataResponse } from '@/lib/open-data/http';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, () => hsdsTabularExport(mappingContext()));
}
