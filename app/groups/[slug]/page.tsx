import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Freshness, reportChangeHref } from '@/components/group/freshness';
import { CalendarSubscribe } from '@/components/group/calendar-subscribe';
import { GroupContact } from '@/components/group/group-contact';
import { GroupFacts } from '@/components/group/group-facts';
import { GroupJsonLd } from '@/components/group/group-json-ld';
import { LeadershipScale } from '@/components/group/leadership-scale';
import { MeetingDetails } from '@/components/group/meeting-details';
import { NextStep } from '@/components/group/next-step';
import { safeWebUrl } from '@/components/group/labels';
import { TAP_PRIMARY } from '@/components/group/tap';
import { getPublishedGroup } from '@/lib/listings/group-detail';
import { env } from '@/lib/env';
import { groupCalendarPath, webcalUrl } from '@/lib/open-data/links';
import '@/components/group/group-print.css';

type Props = { params: Promise<{ slug: string }> };

// Metadata and page read the same group once per request.
const loadGroup = cache(async (slug: string) => {
  const group = await getPublishedGroup(slug);
  if (!group) notFound();
  return group;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).slug);
  return { title: group.name, description: group.summary };
}

// The order is what someone needs first: is this current, when and where is
// the next meeting, how do I reach them; the details and the professionals'
// links come after.
export default async function GroupPage({ params }: Props) {
  const group = await loadGroup((await params).slug);
  const pageUrl = new URL(`/groups/${encodeURIComponent(group.slug)}`, env().SITE_URL).toString();
  const now = new Date();
  const slug = encodeURIComponent(group.slug);
  const org = group.organization;
  const orgWebsite = safeWebUrl(org?.website);

  return (
    <article className="group-handout max-w-3xl" aria-labelledby="group-name">
      <GroupJsonLd group={group} pageUrl={pageUrl} />
      <h1 id="group-name" className="text-2xl font-bold text-brand-900 sm:text-3xl">
        {group.name}
      </h1>
      <Freshness lastVerifiedAt={group.lastVerifiedAt} now={now} groupSlug={group.slug} groupName={group.name} className="mt-2" />
      <p className="hidden print:block" data-testid="print-url">
        This listing online: {pageUrl}
      </p>

      <NextStep group={group} now={now} pageUrl={pageUrl} contact={<GroupContact group={group} />} />

      <section aria-labelledby="meetings-heading" className="mt-8">
        <h2 id="meetings-heading" className="text-xl font-semibold">
          {group.meetings.length === 1 ? 'When and where it meets' : 'All its meetings'}
        </h2>
        {group.meetings.length > 0 ? (
          <div className="mt-3 space-y-4">
            {group.meetings.map((m, i) => (
              <MeetingDetails key={m.id} meeting={m} groupSlug={group.slug} number={i + 1} total={group.meetings.length} now={now} />
            ))}
          </div>
        ) : (
          <p className="mt-2">No meetings are listed. Please contact the group.</p>
        )}
        {group.meetings.some((m) => m.recurrence !== 'BY_ARRANGEMENT') && (
          <CalendarSubscribe
            webcalHref={webcalUrl(env().SITE_URL, groupCalendarPath(group.slug))}
            icsHref={groupCalendarPath(group.slug)}
            whose={`the meetings of ${group.name}`}
          />
        )}
      </section>

      <section aria-labelledby="about-heading" className="mt-8">
        <h2 id="about-heading" className="text-xl font-semibold">
          About this group
        </h2>
        <p className="mt-2 text-lg">{group.summary}</p>
        <p className="mt-2 whitespace-pre-line">{group.description}</p>
        {group.topics.length > 0 && (
          <p className="mt-3">
            <span className="font-medium">Topics: </span>
            {group.topics.map((t, i) => (
              <span key={t.slug}>
                {i > 0 && ', '}
                <Link prefetch={false} href={`/topics/${t.slug}`} className="inline-block min-h-6">
                  {t.name}
                </Link>
              </span>
            ))}
          </p>
        )}
        {org && (
          <p className="mt-3">
            Sponsored by {orgWebsite ? <a href={orgWebsite}>{org.name}</a> : <strong className="font-semibold">{org.name}</strong>}
            {org.description ? `. ${org.description}` : '.'}
          </p>
        )}
        <p className="no-print mt-3">
          <Link prefetch={false} href="/fact-sheets/finding-the-right-group#right-group" className={TAP_PRIMARY}>
            Is this group right for me?
          </Link>
        </p>
      </section>

      <GroupFacts group={group} />
      <LeadershipScale point={group.leadership} />

      <nav aria-label="For professionals and corrections" className="no-print mt-8 border-t border-slate-200 pt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link prefetch={false} href={`/groups/${slug}/refer`} className={TAP_PRIMARY}>
              Refer a client to this group
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={reportChangeHref(group.slug)} className={TAP_PRIMARY}>
              Suggest a correction
            </Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
