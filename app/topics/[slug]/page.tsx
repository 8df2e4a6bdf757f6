import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CalendarSubscribe } from '@/components/group/calendar-subscribe';
import { GroupList } from '@/components/group/group-list';
import { PageNotice } from '@/components/group/page-notice';
import { Pagination } from '@/components/group/pagination';
import { getTopic, listTopicGroups } from '@/lib/listings/browse';
import { BROWSE_PAGE_SIZE, parsePage } from '@/lib/listings/browse-schema';
import { env } from '@/lib/env';
import { topicCalendarPath, webcalUrl } from '@/lib/open-data/links';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadTopic = cache(async (slug: string) => {
  const topic = await getTopic(slug);
  if (!topic) notFound();
  return topic;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return { title: `${topic.name} groups`, description: topic.description };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await loadTopic((await params).slug);
  const requested = parsePage((await searchParams).page);
  const result = await listTopicGroups(topic.slug, requested);
  const first = (result.page - 1) * BROWSE_PAGE_SIZE + 1;

  return (
    <>
      <p className="no-print text-sm">
        <Link href="/topics" className="inline-flex min-h-11 items-center">
          All topics A–Z
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{topic.name}</h1>
      <p className="mt-2 max-w-2xl text-lg">{topic.description}</p>
      <p className="no-print mt-3">
        <Link href={`/groups?topic=${encodeURIComponent(topic.slug)}`}>Search within this topic</Link> by place, meeting type or
        day.
      </p>
      <PageNotice requested={result.requestedPage} shown={result.page} pageCount={result.pageCount} />
      <h2 className="mt-6 text-2xl font-semibold" id="groups-heading">
        {result.total === 0
          ? 'No groups are listed on this topic yet'
          : `${result.total} ${result.total === 1 ? 'group' : 'groups'}`}
      </h2>
      {result.pageCount > 1 && (
        <p className="text-slate-700" data-testid="range">
          Showing {first}–{first + result.items.length - 1} of {result.total}
        </p>
      )}
      {result.total === 0 ? (
        <p className="mt-2">
          The clearinghouse may still know of one: call the number at the bottom of the page.
        </p>
      ) : (
        <GroupList groups={result.items} headingLevel={3} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath={`/topics/${topic.slug}`} label="Pages of groups" />
      {result.total > 0 && (
        <CalendarSubscribe
          webcalHref={webcalUrl(env().SITE_URL, topicCalendarPath(topic.slug))}
          icsHref={topicCalendarPath(topic.slug)}
          whose={`the meetings of every ${topic.name} group`}
        />
      )}
    </>
  );
}
