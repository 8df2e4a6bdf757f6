import Link from 'next/link';
import { RADII, searchHref, withRadius, type SearchFilters } from '@/lib/search/schema';
import type { SearchCard } from '@/lib/search/cards-data';
import type { ActiveFilter } from './active-filters';
import { ResultCards } from './result-card';
import { telHref } from '../group/labels';

type Offers = { about: string | null; remote: SearchCard[]; nearest: SearchCard[]; placeLabel: string | null };

/**
 * Nothing matched: say so, offer ways to widen the search, and still give
 * something to act on — groups anyone can join by phone or online, the
 * nearest groups about the topic, the clearinghouse's number, crisis lines.
 */
export function EmptyResults({ f, filters, hasOrigin, pastEnd, offers, phone }: { f: SearchFilters; filters: ActiveFilter[]; hasOrigin: boolean; pastEnd: boolean; offers: Offers | null; phone: string }) {
  if (pastEnd) {
    return (
      <div className="rounded border border-amber-300 bg-amber-50 p-4">
        <p>There are no more results on this page.</p>
        <p className="mt-2">
          <Link href={searchHref(f)}>Go back to the first page</Link>
        </p>
      </div>
    );
  }
  const larger = RADII[f.unit].find((r) => r > f.radius);
  const about = offers?.about ? ` about ${offers.about}` : '';
  return (
    <div className="space-y-6">
      <div className="rounded border border-amber-300 bg-amber-50 p-4">
        <h2 className="text-lg font-semibold">{filters.length > 1 ? 'No groups match all of these choices' : 'No groups match this search'}</h2>
        <p className="mt-1">Try one of these, or see the groups offered below:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {filters.map((a) => (
            <li key={a.href + a.label}>
              <Link href={a.href}>{a.removeText}</Link>
            </li>
          ))}
          {hasOrigin && larger ? (
            <li>
              <Link href={searchHref(f, withRadius(f, larger))}>
                Search a wider area ({larger} {f.unit})
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/topics">Browse all topics A–Z</Link>
          </li>
        </ul>
        <p className="mt-3">
          Staff often know of groups that are not listed yet. Call the clearinghouse at{' '}
          <a href={telHref(phone)} className="font-semibold">
            {phone}
          </a>
          , or <Link href="/refer">ask us in writing to help find a group</Link>.
        </p>
        <p className="mt-3">
          In danger now? Call <a href="tel:911" className="font-semibold">911</a>. Thinking about suicide? Call or text{' '}
          <a href="tel:988" className="font-semibold">
            9-8-8
          </a>{' '}
          (<a href="sms:988">text 9-8-8</a>), any time.
        </p>
      </div>
      {offers?.nearest.length ? (
        <section aria-labelledby="nearest-offers">
          <h2 id="nearest-offers" className="text-xl font-semibold">
            The nearest groups{about}
            {offers.placeLabel ? ` to ${offers.placeLabel}` : ''}
          </h2>
          <ResultCards cards={offers.nearest} unit={f.unit} className="mt-3 space-y-4" />
        </section>
      ) : null}
      {offers?.remote.length ? (
        <section aria-labelledby="remote-offers">
          <h2 id="remote-offers" className="text-xl font-semibold">
            Groups{about} you can join by phone or online
          </h2>
          <ResultCards cards={offers.remote} unit={f.unit} className="mt-3 space-y-4" />
        </section>
      ) : null}
    </div>
  );
}
