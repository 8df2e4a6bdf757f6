// GET /groups/<slug>/next-meeting.ics — only the group's next meeting, as a
// calendar file with one event and no repeats, for someone who wants to try
// it once. The series of one meeting is .../meetings/<position>/calendar.ics.
// A group with no upcoming meeting (or no such published group) is a 404.
import { getPublishedGroup } from '@/lib/listings/group-detail';
import { meetingLocation } from '@/lib/listings/meeting-place';
import { soonestMeeting } from '@/lib/listings/next-meeting';
import { env } from '@/lib/env';
import { icsFileName, occurrenceToIcs } from '@/lib/schedule';

type Context = { params: Promise<{ slug: string }> };

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  // A slug is at most a few dozen characters; anything longer is not one of ours.
  if (slug.length > 200) return notFound();
  const group = await getPublishedGroup(slug);
  if (!group) return notFound();
  const next = soonestMeeting(group.meetings, new Date());
  if (!next) return notFound();

  const site = new URL(env().SITE_URL);
  const pageUrl = new URL(`/groups/${encodeURIComponent(group.slug)}`, site).toString();
  const body = occurrenceToIcs({
    // One UID per meeting and date: importing the same date twice updates it.
    uid: `${next.meeting.id}-${next.occurrence.start.toISOString().replace(/\D/g, '').slice(0, 12)}@${site.host}`,
    title: group.name,
    description: `${group.summary}\n\nDetails and contact: ${pageUrl}`,
    location: meetingLocation(next.meeting),
    url: pageUrl,
    start: next.occurrence.start,
    end: next.occurrence.end,
  });
  const fileName = icsFileName(group.slug, next.meeting.position).replace(/-meeting-\d+\.ics$/, '-next-meeting.ics');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  });
}
