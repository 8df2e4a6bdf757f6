// Each active filter with the link that drops it: shown above results and
// offered by the empty state as a way to widen the search.
import { searchHref, type SearchFilters } from '@/lib/search/schema';
import { ACCESS_LABEL, ATTENDANCE_LABEL, COST_FILTER_LABEL, DAY_LABEL, LEADERSHIP_LABEL, TIME_LABEL } from './labels';
import { languageName } from '../group/labels';

/** `label` names it on a chip; `removeText` is the link's text where the page offers to drop it. */
export type ActiveFilter = { label: string; href: string; removeText: string };

export function activeFilters(f: SearchFilters, topicNames: Map<string, string>, placeLabel: string | null): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const push = (label: string, href: string) => out.push({ label, href, removeText: `Remove “${label}”` });
  const without = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => searchHref(f, { [key]: value } as Partial<SearchFilters>);
  // The words are quoted once on the chip and named, not quoted again, in the link.
  if (f.q) out.push({ label: `“${f.q}”`, href: without('q', ''), removeText: `Search without the words “${f.q}”` });
  if (placeLabel) out.push({ label: `Near ${placeLabel}`, href: searchHref(f, { where: '', lat: null, lng: null }), removeText: `Search everywhere, not only near ${placeLabel}` });
  for (const t of f.topics) push(topicNames.get(t) ?? t, without('topics', f.topics.filter((x) => x !== t)));
  for (const a of f.attendance) push(ATTENDANCE_LABEL[a], without('attendance', f.attendance.filter((x) => x !== a)));
  for (const d of f.days) push(DAY_LABEL[d], without('days', f.days.filter((x) => x !== d)));
  for (const t of f.times) push(TIME_LABEL[t], without('times', f.times.filter((x) => x !== t)));
  for (const l of f.languages) push(languageName(l), without('languages', f.languages.filter((x) => x !== l)));
  for (const l of f.leadership) push(LEADERSHIP_LABEL[l], without('leadership', f.leadership.filter((x) => x !== l)));
  for (const c of f.costs) push(COST_FILTER_LABEL[c], without('costs', f.costs.filter((x) => x !== c)));
  for (const a of f.access) push(ACCESS_LABEL[a], without('access', f.access.filter((x) => x !== a)));
  if (f.checked) push('Checked in the last year', without('checked', false));
  if (f.soon) push('In the next 7 days', without('soon', false));
  return out;
}
