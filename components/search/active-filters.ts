// Each active filter with the link that drops it: shown above results and
// offered by the empty state as a way to widen the search.
import { searchHref, type SearchFilters } from '@/lib/search/schema';
import { ATTENDANCE_LABEL, DAY_LABEL, LEADERSHIP_LABEL, TIME_LABEL } from './labels';
import { languageName } from '../group/labels';

export type ActiveFilter = { label: string; href: string };

export function activeFilters(f: SearchFilters, topicNames: Map<string, string>, placeLabel: string | null): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const without = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => searchHref(f, { [key]: value } as Partial<SearchFilters>);
  if (f.q) out.push({ label: `“${f.q}”`, href: without('q', '') });
  if (placeLabel) out.push({ label: `Near ${placeLabel}`, href: searchHref(f, { where: '', lat: null, lng: null }) });
  for (const t of f.topics) out.push({ label: topicNames.get(t) ?? t, href: without('topics', f.topics.filter((x) => x !== t)) });
  for (const a of f.attendance) out.push({ label: ATTENDANCE_LABEL[a], href: without('attendance', f.attendance.filter((x) => x !== a)) });
  for (const d of f.days) out.push({ label: DAY_LABEL[d], href: without('days', f.days.filter((x) => x !== d)) });
  for (const t of f.times) out.push({ label: TIME_LABEL[t], href: without('times', f.times.filter((x) => x !== t)) });
  for (const l of f.languages) out.push({ label: languageName(l), href: without('languages', f.languages.filter((x) => x !== l)) });
  for (const l of f.leadership) out.push({ label: LEADERSHIP_LABEL[l], href: without('leadership', f.leadership.filter((x) => x !== l)) });
  if (f.freeOnly) out.push({ label: 'Free only', href: without('freeOnly', false) });
  if (f.wheelchair) out.push({ label: 'Wheelchair accessible', href: without('wheelchair', false) });
  if (f.soon) out.push({ label: 'In the next 7 days', href: without('soon', false) });
  return out;
}
