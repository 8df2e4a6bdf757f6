// Where "near me" is: a typed town or postal code from the bundled
// gazetteer, or the browser's coordinates. Nothing typed leaves the server.
import { lookupPlace } from '../geo/gazetteer.ts';
import type { SearchFilters } from './schema.ts';
import type { Origin } from './sql.ts';

export function resolveOrigin(f: SearchFilters): { origin: Origin | null; notFound: string | null } {
  if (f.where) {
    const place = lookupPlace(f.where);
    if (!place) return { origin: null, notFound: f.where };
    return { origin: { lat: place.lat, lng: place.lng, radiusKm: f.radiusKm, label: place.label }, notFound: null };
  }
  if (f.lat !== null && f.lng !== null) {
    return { origin: { lat: f.lat, lng: f.lng, radiusKm: f.radiusKm, label: 'your location' }, notFound: null };
  }
  return { origin: null, notFound: null };
}
