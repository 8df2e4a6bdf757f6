// GET /topics/<slug>/calendar.ics — the meetings of every published group on
// a topic as one calendar to subscribe to. Unknown topics are a 404.
import { topicCalendar } from '@/lib/open-data/calendar-feed';
import { mappingContext } from '@/lib/open-data/hsds-api';
import { openDataResponse } from '@/lib/open-data/http';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return openDataResponse(request, () => topicCalendar(slug, mappingContext()));
}
