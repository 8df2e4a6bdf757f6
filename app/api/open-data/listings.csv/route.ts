// GET /api/open-data/listings.csv — one line per meeting for spreadsheets, formula cells neutralised.
// Linked from /open-data; same rate limit, ETag and CORS as the HSDS API.
import { mappingContext } from '@/lib/open-data/hsds-api';
import { listingsCsvExport } from '@/lib/open-data/exports';
import { openDataResponse } from '@/lib/open-data/http';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, () => listingsCsvExport(mappingContext()));
}
