import 'server-only';
// When a search finds nothing, the page still offers groups: ones about the
// topic the words point to that anyone can join by phone or online, and the
// nearest ones about it. A person who typed something we could not place
// should leave with a group to call, not an empty page.
import type { SearchFilters } from './schema.ts';
import type { Origin } from './sql.ts';
import { REMOTE_PREVIEW, searchGroups, type SearchHit } from './data.ts';

export type EmptyPageHelp = {
  /** Topic slugs the offers are about; empty when the words named none. */
  topics: string[];
  /** Groups meeting online or by phone (about those topics, when there are any). */
  remote: SearchHit[];
  /** The nearest groups about those topics, however far, when a place is known. */
  nearest: SearchHit[];
};

/** Furthest the nearest-groups offer reaches: beyond it, a group is no help. */
const NEAREST_WITHIN_KM = 300;

export async function helpForEmptyPage(f: SearchFilters, origin: Origin | null, topics: string[], now = new Date()): Promise<EmptyPageHelp> {
  // The visitor's other choices are what emptied the page: the offers keep
  // only the topic, and say so.
  const base: SearchFilters = { ...f, q: '', topics, attendance: [], days: [], times: [], languages: [], costs: [], leadership: [], access: [], checked: false, soon: false, page: 1, sort: null };
  const [remote, nearest] = await Promise.all([
    searchGroups({ ...base, where: '', lat: null, lng: null, attendance: ['online', 'phone'] }, null, now),
    origin ? searchGroups({ ...base, sort: 'distance' }, { ...origin, radiusKm: NEAREST_WITHIN_KM }, now) : Promise.resolve(null),
  ]);
  return { topics, remote: remote.hits.slice(0, REMOTE_PREVIEW), nearest: nearest?.hits.slice(0, REMOTE_PREVIEW) ?? [] };
}
