import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { GroupContact } from '@/components/group/group-contact';
import { GroupFacts } from '@/components/group/group-facts';
import { GroupJsonLd } from '@/components/group/group-json-ld';
import { LeadershipScale } from '@/components/group/leadership-scale';
import { MeetingDetails } from '@/components/group/meeting-details';
import { getPublishedGroup } from '@/lib/listings/group-detail';
import { env } from '@/lib/env';
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

export default async function GroupPage({ params }: Props) {
  const group = await loadGroup((await params).slug);
  const pageUrl = new URL(`/groups/${encodeURIComponent(group.slug)}`, env().SITE_URL).toString();
  const now = new Date();
  const slug = encodeURIComponent(group.slug);

  return (
    <article className="group-handout max-w-3xl" aria-labelledby="group-name">
      <GroupJsonLd group={group} pageUrl={pageUrl} />
      <h1 id="group-name" className="text-3xl font-bold text-brand-900">
        {group.name}
      </h1>
      <p className="mt-2 text-lg">{group.summary}</p>
      <p className="hidden print:block" data-testid="print-url">
        This listing online: {pageUrl}
      </p>
      {group.topics.length > 0 && (
        <p className="mt-3">
          <span className="font-medium">Topics: </span>
          {group.topics.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && ', '}
              <Link href={`/topics/${t.slug}`}>{t.name}</Link>
            </span>
          ))}
        </p>
      )}
      <nav aria-label="About this listing" className="no-print mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/fact-sheets/finding-the-right-group#right-group">Is this group right for me?</Link>
          </li>
          <li>
            <Link href={`/groups/${slug}/refer`}>Refer a client to this group</Link>
          </li>
          <li>
            <Link href={`/list-your-group?group=${slug}`}>Suggest a correction</Link>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="about-heading" className="mt-8">
        <h2 id="about-heading" className="text-xl font-semibold">
          About this group
        </h2>
        <p className="mt-2 whitespace-pre-line">{group.description}</p>
      </section>

      <section aria-labelledby="meetings-heading" className="mt-8">
        <h2 id="meetings-heading" className="text-xl font-semibold">
          {group.meetings.length === 1 ? 'When and where it meets' : 'Meetings'}
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
      </section>

      <GroupFacts group={group} />
      <GroupContact group={group} />
      <LeadershipScale point={group.leadership} />
    </article>
  );
}
