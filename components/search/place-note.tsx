import Link from 'next/link';
import type { UnderstoodPlace } from '@/lib/search/origin';
import { searchHref, type SearchFilters } from '@/lib/search/schema';

/**
 * Says how the place was read when it was not typed exactly ("We read
 * “Kingstn” as Kingston"), and, for a place we do not know, offers the
 * closest known ones as links while the search runs without a place.
 */
export function PlaceNote({ f, understood }: { f: SearchFilters; understood: UnderstoodPlace }) {
  const { place, notFound, closest, askedForNearMe } = understood;
  if (notFound) {
    return (
      <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-3" role="status">
        <p>
          We could not find a place called “{notFound}”, so these results are not limited to a place.
          {closest.length ? null : ' Try a town name such as Hamilton, or the first three characters of a postal code such as L8P.'}
        </p>
        {closest.length ? (
          <p className="mt-1">
            Did you mean{' '}
            {closest.map((name, i) => (
              <span key={name}>
                {i === 0 ? '' : i === closest.length - 1 ? ' or ' : ', '}
                <Link href={searchHref(f, { where: name, lat: null, lng: null })}>{name}</Link>
              </span>
            ))}
            ?
          </p>
        ) : null}
      </div>
    );
  }
  if (askedForNearMe) {
    return (
      <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-3" role="status">
        To search near you, use “Use my location” beside the place box, or type a town or a postal code.
      </p>
    );
  }
  if (!place) return null;
  const lines: string[] = [];
  if (place.fromQuery) lines.push(`Searching near ${place.label}, the place named in your words.`);
  else if (place.how !== 'exact' || place.typed.trim().toLowerCase() !== place.label.toLowerCase()) {
    if (place.how === 'spelling' || place.how === 'prefix' || place.how === 'in-text') lines.push(`We read “${place.typed}” as ${place.label}.`);
  }
  if (place.widenedToKm) lines.push(`${place.label} covers a wide area, so groups within ${place.widenedToKm} km of its centre are shown.`);
  if (!lines.length) return null;
  return (
    <p className="mt-2" role="status">
      {lines.join(' ')}
    </p>
  );
}
