// GET /groups/<slug>/calendar.ics — every meeting of a published group as a
// calendar to subscribe to (the page links it as webcal:// too). Unknown or
// unpublished groups are a 404.
import { groupCalendar } from '@/lib/open-data/calendar-feed';
import { mappingContext } from '@/lib/open-data/hsds-api';
import { openDataResponse } from '@/lib/open-data/http';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return openDataResponse(request, () => groupCalendar(slug, mappingContext()));
}
