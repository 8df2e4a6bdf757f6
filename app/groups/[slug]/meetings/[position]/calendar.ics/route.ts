// GET /groups/<slug>/meetings/<position>/calendar.ics — one meeting as an
// iCalendar file. Anything that cannot give a file (unknown or unpublished
// group, bad position, a meeting by arrangement or with unusable times) is a 404.
import { getPublishedMeeting } from '@/lib/listings/group-detail';
import { env } from '@/lib/env';
import { icsFileName, meetingToIcs } from '@/lib/schedule';
import { meetingPositionSchema } from '@/lib/listings/browse-schema';

type Context = { params: Promise<{ slug: string; position: string }> };

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, position: rawPosition } = await params;
  const position = meetingPositionSchema.safeParse(rawPosition);
  if (!position.success) return notFound();
  const found = await getPublishedMeeting(slug, position.data);
  if (!found || found.meeting.recurrence === 'BY_ARRANGEMENT') return notFound();
  const { group, meeting } = found;

  const site = new URL(env().SITE_URL);
  const pageUrl = new URL(`/groups/${encodeURIComponent(group.slug)}`, site).toString();
  const inPerson = meeting.attendance === 'IN_PERSON' || meeting.attendance === 'HYBRID';
  const address = [meeting.venueName, meeting.addressLine1, meeting.addressLine2, meeting.town, meeting.region, meeting.postalCode];
  const location = inPerson ? address.filter(Boolean).join(', ') : meeting.attendance === 'ONLINE' ? 'Online' : 'By phone';
  let body: string;
  try {
    body = meetingToIcs({
      uid: `${meeting.id}@${site.host}`,
      title: group.name,
      description: `${group.summary}\n\nDetails and contact: ${pageUrl}`,
      location: location || undefined,
      url: pageUrl,
      schedule: meeting,
    });
  } catch {
    // The listing's schedule cannot be written as a calendar (e.g. no valid weekday); the page shows no link either.
    return notFound();
  }
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(group.slug, meeting.position)}"`,
    },
  });
}
