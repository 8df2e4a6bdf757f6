// GET /api/meeting-guide.json — the weekly meetings of published groups in
// the Meeting Guide JSON format, for meeting-finder apps. Meetings every
// other week or monthly are left out (documented on /open-data).
import { mappingContext } from '@/lib/open-data/hsds-api';
import { meetingGuideExport } from '@/lib/open-data/exports';
import { openDataResponse } from '@/lib/open-data/http';

export async function GET(request: Request): Promise<Response> {
  return openDataResponse(request, () => meetingGuideExport(mappingContext()));
}
