import { countPublishedGroups, listTopicsWithCounts } from '@/lib/data/topics';
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
      </section>
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-2xl font-semibold">
          Topics A–Z
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map((t) => (
            <li key={t.slug} className="rounded border border-slate-200 p-3" data-testid={`topic-${t.slug}`}>
              <span className="font-medium">{t.name}</span>{' '}
              <span className="text-slate-700">
                ({t.groupCount} {t.groupCount === 1 ? 'group' : 'groups'})
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
