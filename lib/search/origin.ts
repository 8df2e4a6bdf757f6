// Where "near me" is: a typed town, region, address or postal code from the
// bundled gazetteer, a town named at the end of the topic words ("grief
// support kingston"), or the browser's coordinates. Nothing typed leaves the
// server.
import { closestPlaces, lookupPlace, type PlaceMatch } from '../geo/gazetteer.ts';
import { interpret } from './concepts/interpret.ts';
import type { SearchFilters } from './schema.ts';
import type { Origin } from './sql.ts';

/** How the place was read, for the sentence that says so on the page. */
export type PlaceReading = {
  /** What the visitor typed for the place. */
  typed: string;
  label: string;
  how: PlaceMatch['how'];
  kind: PlaceMatch['kind'];
  /** The place was the last words of the topic box, moved to the place box. */
  fromQuery: boolean;
  /** A region's search radius, when it is wider than the one chosen. */
  widenedToKm: number | null;
};

export type UnderstoodPlace = {
  /** The filters the search runs on: a town taken out of `q` moves to `where`. */
  filters: SearchFilters;
  origin: Origin | null;
  place: PlaceReading | null;
  /** What was typed as a place and not understood. */
  notFound: string | null;
  /** For `notFound`: known places spelt like it, nearest first. */
  closest: string[];
  /** "near me" typed as a place: the browser's location button is the way. */
  askedForNearMe: boolean;
};

const NEAR_ME = new Set(['near me', 'me', 'here', 'nearby', 'close to me', 'my location', 'my area', 'pres de moi', 'près de moi', 'ici']);
// Words that join a topic to a place at the end of a query: "groups in Ottawa".
const JOINERS = new Set(['in', 'near', 'around', 'at', 'a', 'à', 'pres', 'près', 'de', 'du', 'close', 'to', 'nearby']);

export function understandPlace(input: SearchFilters): UnderstoodPlace {
  let f = input;
  const none = { origin: null, place: null, notFound: null, closest: [], askedForNearMe: false };
  if (f.where) {
    if (NEAR_ME.has(f.where.trim().toLowerCase())) return { ...none, filters: { ...f, where: '' }, askedForNearMe: true };
    const match = lookupPlace(f.where);
    if (!match) return { ...none, filters: f, notFound: f.where, closest: closestPlaces(f.where, 5) };
    return located(f, match, f.where, false);
  }
  if (f.lat !== null && f.lng !== null) {
    return { ...none, filters: f, origin: { lat: f.lat, lng: f.lng, radiusKm: f.radiusKm, label: 'your location' } };
  }
  const split = placeAtEndOf(f.q);
  if (split) {
    f = { ...f, q: split.rest, where: split.typed };
    return located(f, split.match, split.typed, true);
  }
  return { ...none, filters: f };
}

function located(f: SearchFilters, match: PlaceMatch, typed: string, fromQuery: boolean): UnderstoodPlace {
  // A region is searched from its middle, far enough out to cover it.
  const widenedToKm = match.radiusKm && match.radiusKm > f.radiusKm ? match.radiusKm : null;
  const radiusKm = widenedToKm ?? f.radiusKm;
  return {
    filters: f,
    origin: { lat: match.lat, lng: match.lng, radiusKm, label: match.label },
    place: { typed, label: match.label, how: match.how, kind: match.kind, fromQuery, widenedToKm },
    notFound: null,
    closest: [],
    askedForNearMe: false,
  };
}

/**
 * "grief support kingston", "aa meetings in toronto", "youth drop in thunder
 * bay": the last one to three words name a known town or region exactly, and
 * topic words remain before them. Only exact names, and never words the
 * vocabulary reads as a topic, so "hope" or "peace" stay topic words.
 */
function placeAtEndOf(q: string): { rest: string; typed: string; match: PlaceMatch } | null {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const typed = words.slice(-n).join(' ').replace(/[.,;:!?]+$/, '');
    const match = lookupPlace(typed);
    if (!match || match.how !== 'exact' || match.kind === 'postal' && !/\d/.test(typed)) continue;
    if (interpret(typed).concepts.length) continue;
    const before = words.slice(0, -n);
    while (before.length > 1 && JOINERS.has((before.at(-1) ?? '').toLowerCase())) before.pop();
    const rest = before.join(' ').replace(/[,;:]+$/, '');
    if (!rest) continue;
    return { rest, typed, match };
  }
  return null;
}
