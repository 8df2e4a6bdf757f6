import { ATTENDANCE, COSTS, DAYS, LEADERSHIP, RADII, SORTS, type SearchFilters } from '@/lib/search/schema';
import { ACCESS_LABEL, ATTENDANCE_LABEL, COST_FILTER_LABEL, DAY_LABEL, LEADERSHIP_LABEL, SORT_LABEL, TIME_LABEL } from './labels';
import { ACCESSIBILITY_CODES, FILTER_LANGUAGES, TIME_BAND_CODES } from '@/lib/vocabulary';
import { languageName } from '../group/labels';
import { esc } from './html';

type Topic = { slug: string; name: string };

// The refine panel is plain form controls with no script, about two hundred
// elements. As JSX, the server rendered each of them twice on every results
// page, as HTML and as the RSC payload, and that was the largest part of the
// page's server CPU (decisions 013 and 035). It is written here as HTML
// instead, built once per set of choices and topic list, and handed to React
// as one string. Every value goes through esc(); the markup is what the JSX
// rendered, so the page reads the same to a screen reader.

const selectClass = 'mt-1 min-h-11 w-full rounded border border-slate-500 bg-white px-2 py-1';

/** One option: its checkbox inside its label, styled by one class (decision 013). */
const option = (form: string, name: string, value: string, checked: boolean, label: string) =>
  `<label class="filter-option"><input type="checkbox" form="${esc(form)}" name="${esc(name)}"${checked ? ' checked=""' : ''} value="${esc(value)}"/>${esc(label)}</label>`;

function checkboxes(form: string, legend: string, name: string, options: readonly string[], labels: Record<string, string>, checked: readonly string[]) {
  return `<fieldset class="mt-4"><legend class="font-semibold">${esc(legend)}</legend>${options.map((o) => option(form, name, o, checked.includes(o), labels[o] ?? o)).join('')}</fieldset>`;
}

const choice = (value: string, label: string, selected: boolean) => `<option value="${esc(value)}"${selected ? ' selected=""' : ''}>${esc(label)}</option>`;

const languageLabels = Object.fromEntries(FILTER_LANGUAGES.map((l) => [l, languageName(l)])) as Record<string, string>;

/** The panel's HTML for these choices and topics. */
export function refinePanelHtml(f: SearchFilters, topics: Topic[], form: string): string {
  const topicLabels = Object.fromEntries(topics.map((t) => [t.slug, t.name])) as Record<string, string>;
  const sort = f.sort ?? '';
  return (
    `<div class="grid grid-cols-2 gap-3">` +
    `<div><label for="radius" class="block font-semibold">Distance</label><select id="radius" form="${esc(form)}" name="radius" class="${selectClass}">` +
    RADII[f.unit].map((r) => choice(String(r), `${r} ${f.unit}`, String(r) === String(f.radius))).join('') +
    `</select></div>` +
    `<div><label for="unit" class="block font-semibold">Units</label><select id="unit" form="${esc(form)}" name="unit" class="${selectClass}">` +
    choice('km', 'Kilometres', f.unit === 'km') +
    choice('mi', 'Miles', f.unit === 'mi') +
    `</select></div></div>` +
    `<div class="mt-3"><label for="sort" class="block font-semibold">Sort by</label><select id="sort" form="${esc(form)}" name="sort" aria-describedby="sort-hint" class="${selectClass}">` +
    choice('', 'Best for this search', sort === '') +
    SORTS.map((s) => choice(s, SORT_LABEL[s], sort === s)).join('') +
    `</select><p id="sort-hint" class="mt-1 text-sm text-slate-700">Best match lists groups named for your words first, then groups on that topic, then groups that mention it.</p></div>` +
    checkboxes(form, 'How it meets', 'attendance', ATTENDANCE, ATTENDANCE_LABEL, f.attendance) +
    checkboxes(form, 'Day', 'day', DAYS, DAY_LABEL, f.days) +
    checkboxes(form, 'Time of day', 'time', TIME_BAND_CODES, TIME_LABEL, f.times) +
    checkboxes(form, 'Cost', 'cost', COSTS, COST_FILTER_LABEL, f.costs) +
    checkboxes(form, 'At the meeting place', 'access', ACCESSIBILITY_CODES, ACCESS_LABEL, f.access) +
    `<fieldset class="mt-4"><legend class="font-semibold">More</legend>` +
    option(form, 'soon', '1', f.soon, 'Meets in the next 7 days') +
    option(form, 'checked', '1', f.checked, 'Details checked in the last year') +
    `</fieldset>` +
    checkboxes(form, 'Who leads it', 'leadership', LEADERSHIP, LEADERSHIP_LABEL, f.leadership) +
    checkboxes(form, 'Language', 'lang', FILTER_LANGUAGES, languageLabels, f.languages) +
    checkboxes(form, 'Topic', 'topic', topics.map((t) => t.slug), topicLabels, f.topics) +
    `<button type="submit" form="${esc(form)}" class="mt-4 min-h-11 w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Apply filters</button>`
  );
}

// Most searches choose no filters, so most pages share one panel. Per topic
// list (lib/listings/topics-data.ts hands out the same array until it reads
// the list again), up to PANELS_KEPT sets of choices are kept.
const PANELS_KEPT = 200;
const panels = new WeakMap<Topic[], Map<string, string>>();

function panelFor(f: SearchFilters, topics: Topic[], form: string): string {
  const key = JSON.stringify([form, f.radius, f.unit, f.sort, f.attendance, f.days, f.times, f.costs, f.access, f.soon, f.checked, f.leadership, f.languages, f.topics]);
  let kept = panels.get(topics);
  if (!kept) panels.set(topics, (kept = new Map()));
  let html = kept.get(key);
  if (html === undefined) {
    html = refinePanelHtml(f, topics, form);
    if (kept.size >= PANELS_KEPT) kept.clear();
    kept.set(key, html);
  }
  return html;
}

/**
 * The refine panel: plain form controls that belong to the search form (by
 * its id), so they work without JavaScript wherever they sit on the page.
 */
export function SearchFilters({ f, topics, form }: { f: SearchFilters; topics: Topic[]; form: string }) {
  return <div className="mt-3" dangerouslySetInnerHTML={{ __html: panelFor(f, topics, form) }} />;
}
