// Subscribable calendars: every meeting of one group, or of every published
// group on one topic, as recurring events with their zones' VTIMEZONEs
// (lib/schedule, the same rules as the group page's dates). Read from the
// database on each fetch, so a calendar app sees a listing's change the
// next time it refreshes (REFRESH-INTERVAL asks for every hour).
import 'server-only';
import { meetingLocation } from '../listings/meeting-place.ts';
import { meetingsToIcs, type MeetingIcsInput } from '../schedule/index.ts';
import { allOpenGroups, findOpenGroupBySlug, findTopicBySlug } from './data.ts';
import type { OpenDataBody } from './http.ts';
import { type MappingContext, type OpenGroup, groupPageUrl, lastModified, topicPageUrl } from './source.ts';

/** Calendar apps fetch a subscription again after this long. */
export const CALENDAR_TTL_SECONDS = 3600;

function meetingEvents(g: OpenGroup, ctx: MappingContext): MeetingIcsInput[] {
  const host = new URL(ctx.siteUrl).host;
  const pageUrl = groupPageUrl(ctx, g.slug);
  return g.meetings.map((m) => ({
    // The same UID as the meeting's own .ics file, so importing both never doubles it.
    uid: `${m.id}@${host}`,
    title: g.name,
    description: `${g.summary}\n\nDetails and contact: ${pageUrl}`,
    location: meetingLocation(m),
    url: pageUrl,
    schedule: m,
    // DTSTAMP is when the listing last changed, so an unchanged calendar is the same bytes (and ETag).
    now: lastModified(g),
  }));
}

const ics = (body: string, fileName: string): OpenDataBody => ({ body, contentType: 'text/calendar; charset=utf-8', fileName });

export async function groupCalendar(slug: string, ctx: MappingContext): Promise<OpenDataBody | null> {
  const g = await findOpenGroupBySlug(slug);
  if (!g) return null;
  const body = meetingsToIcs({
    name: g.name,
    description: g.summary,
    url: groupPageUrl(ctx, g.slug),
    ttlSeconds: CALENDAR_TTL_SECONDS,
    meetings: meetingEvents(g, ctx),
  });
  return ics(body, `${g.slug}.ics`);
}

export async function topicCalendar(slug: string, ctx: MappingContext): Promise<OpenDataBody | null> {
  const topic = await findTopicBySlug(slug);
  if (!topic) return null;
  const groups = await allOpenGroups({ topicIds: [topic.id] });
  const body = meetingsToIcs({
    name: `${topic.name} groups`,
    description: `Meetings of the published ${topic.name.toLowerCase()} groups in the directory.`,
    url: topicPageUrl(ctx, topic.slug),
    ttlSeconds: CALENDAR_TTL_SECONDS,
    meetings: groups.flatMap((g) => meetingEvents(g, ctx)),
  });
  return ics(body, `${topic.slug}-groups.ics`);
}
