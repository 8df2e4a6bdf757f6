import Link from 'next/link';
import { countPublishedGroups, listTopicsWithCounts } from '@/lib/listings/topics-data';
import { SearchBox } from '@/components/search/search-box';
import { SITE } from '@/lib/site';

export default async function HomePage() {
  const [topics, total] = await Promise.all([listTopicsWithCounts(), countPublishedGroups()]);
  return (
    <>
      <section aria-labelledby="welcome" className="mb-8">
        <h1 id="welcome" className="text-3xl font-bold text-brand-900">
          {SITE.tagline}
        </h1>
        <p className="mt-2 max-w-2xl text-lg">
          Self-help groups bring together people who share a life challenge, so they can support one another. This
          directory lists <strong data-testid="published-count">{total}</strong> groups that meet in person, online or by
          phone.
        </p>
        <form method="get" action="/groups" role="search" aria-label="Find a group" className="mt-4 max-w-3xl rounded border border-slate-300 bg-brand-50 p-4">
          <SearchBox q="" where="" lat={null} lng={null} compact />
        </form>
      </section>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="text-2xl font-semibold">
            Topics A–Z
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {topics.map((t) => (
              <li key={t.slug} data-testid={`topic-${t.slug}`}>
                {/* Every topic page reads the database; prefetching two dozen of them as they scroll
                    into view costs a phone main-thread time and the server a render each. */}
                <Link href={`/topics/${t.slug}`} prefetch={false} className="block rounded border border-slate-200 p-3 hover:bg-brand-50">
                  <span className="font-medium">{t.name}</span>{' '}
                  <span className="text-slate-700">
                    ({t.groupCount} {t.groupCount === 1 ? 'group' : 'groups'})
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="new-heading">
          <h2 id="new-heading" className="text-2xl font-semibold">
            New to self-help?
          </h2>
          <ul className="mt-3 space-y-3">
            <li>
              <Link href="/fact-sheets/self-help-101">Self-help 101</Link> — what a self-help group is, and how member-led
              and professionally led groups differ.
            </li>
            <li>
              <Link href="/fact-sheets/finding-the-right-group">Finding the right group</Link> — what happens at a first
              meeting, and a short self-check.
            </li>
            <li>
              <Link href="/fact-sheets">All fact sheets</Link>, including guides for professionals and for people starting
              a group.
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
