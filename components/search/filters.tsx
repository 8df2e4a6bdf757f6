import { ATTENDANCE, COSTS, DAYS, LEADERSHIP, RADII, SORTS, type SearchFilters } from '@/lib/search/schema';
import { ACCESS_LABEL, ATTENDANCE_LABEL, COST_FILTER_LABEL, DAY_LABEL, LEADERSHIP_LABEL, SORT_LABEL, TIME_LABEL } from './labels';
import { ACCESSIBILITY_CODES, FILTER_LANGUAGES, TIME_BAND_CODES } from '@/lib/vocabulary';
import { languageName } from '../group/labels';

type Topic = { slug: string; name: string };

/** One option: its checkbox inside its label, styled by one class (decision 013). */
function FilterOption(props: { form: string; name: string; value: string; checked: boolean; label: string }) {
  return (
    <label className="filter-option">
      <input type="checkbox" form={props.form} name={props.name} value={props.value} defaultChecked={props.checked} />
      {props.label}
    </label>
  );
}

function Checkboxes<T extends string>(props: { form: string; legend: string; name: string; options: readonly T[]; labels: Record<T, string>; checked: readonly string[] }) {
  return (
    <fieldset className="mt-4">
      <legend className="font-semibold">{props.legend}</legend>
      {props.options.map((o) => (
        <FilterOption key={o} form={props.form} name={props.name} value={o} checked={props.checked.includes(o)} label={props.labels[o]} />
      ))}
    </fieldset>
  );
}

const selectClass = 'mt-1 min-h-11 w-full rounded border border-slate-500 bg-white px-2 py-1';

/**
 * The refine panel: plain form controls that belong to the search form (by
 * its id), so they work without JavaScript wherever they sit on the page.
 */
export function SearchFilters({ f, topics, form }: { f: SearchFilters; topics: Topic[]; form: string }) {
  const topicLabels = Object.fromEntries(topics.map((t) => [t.slug, t.name])) as Record<string, string>;
  const languageLabels = Object.fromEntries(FILTER_LANGUAGES.map((l) => [l, languageName(l)])) as Record<string, string>;
  return (
    <div className="mt-3">
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="radius" className="block font-semibold">
            Distance
          </label>
          {/* Each unit has its own round numbers; the radius is read in the unit sent with it. */}
          <select id="radius" form={form} name="radius" defaultValue={String(f.radius)} className={selectClass}>
            {RADII[f.unit].map((r) => (
              <option key={r} value={r}>
                {r} {f.unit}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="unit" className="block font-semibold">
            Units
          </label>
          <select id="unit" form={form} name="unit" defaultValue={f.unit} className={selectClass}>
            <option value="km">Kilometres</option>
            <option value="mi">Miles</option>
          </select>
        </div>
      </div>
      <div className="mt-3">
        <label htmlFor="sort" className="block font-semibold">
          Sort by
        </label>
        <select id="sort" form={form} name="sort" defaultValue={f.sort ?? ''} aria-describedby="sort-hint" className={selectClass}>
          <option value="">Best for this search</option>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
        <p id="sort-hint" className="mt-1 text-sm text-slate-700">
          Best match lists groups named for your words first, then groups on that topic, then groups that mention it.
        </p>
      </div>
      <Checkboxes form={form} legend="How it meets" name="attendance" options={ATTENDANCE} labels={ATTENDANCE_LABEL} checked={f.attendance} />
      <Checkboxes form={form} legend="Day" name="day" options={DAYS} labels={DAY_LABEL} checked={f.days} />
      <Checkboxes form={form} legend="Time of day" name="time" options={TIME_BAND_CODES} labels={TIME_LABEL} checked={f.times} />
      <Checkboxes form={form} legend="Cost" name="cost" options={COSTS} labels={COST_FILTER_LABEL} checked={f.costs} />
      <Checkboxes form={form} legend="At the meeting place" name="access" options={ACCESSIBILITY_CODES} labels={ACCESS_LABEL} checked={f.access} />
      <fieldset className="mt-4">
        <legend className="font-semibold">More</legend>
        <FilterOption form={form} name="soon" value="1" checked={f.soon} label="Meets in the next 7 days" />
        <FilterOption form={form} name="checked" value="1" checked={f.checked} label="Details checked in the last year" />
      </fieldset>
      <Checkboxes form={form} legend="Who leads it" name="leadership" options={LEADERSHIP} labels={LEADERSHIP_LABEL} checked={f.leadership} />
      <Checkboxes form={form} legend="Language" name="lang" options={FILTER_LANGUAGES} labels={languageLabels} checked={f.languages} />
      <Checkboxes form={form} legend="Topic" name="topic" options={topics.map((t) => t.slug)} labels={topicLabels} checked={f.topics} />
      <button type="submit" form={form} className="mt-4 min-h-11 w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Apply filters
      </button>
    </div>
  );
}
