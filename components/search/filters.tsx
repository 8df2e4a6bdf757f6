import { ATTENDANCE, DAYS, KM_PER_MILE, LEADERSHIP, RADII_KM, SORTS, type SearchFilters } from '@/lib/search/schema';
import { ATTENDANCE_LABEL, DAY_LABEL, LEADERSHIP_LABEL, SORT_LABEL, TIME_LABEL } from './labels';
import { FILTER_LANGUAGES, TIME_BAND_CODES } from '@/lib/vocabulary';
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

/**
 * The refine panel: plain form controls that belong to the search form (by
 * its id), so they work without JavaScript while sitting after the results.
 */
export function SearchFilters({ f, topics, form }: { f: SearchFilters; topics: Topic[]; form: string }) {
  const topicLabels = Object.fromEntries(topics.map((t) => [t.slug, t.name])) as Record<string, string>;
  const languageLabels = Object.fromEntries(FILTER_LANGUAGES.map((l) => [l, languageName(l)])) as Record<string, string>;
  return (
    <div>
      <h2 className="text-lg font-semibold">Refine</h2>
      <div className="mt-2 grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="radius" className="block font-semibold">
            Distance
          </label>
          <select id="radius" form={form} name="radius" defaultValue={String(f.radiusKm)} className="mt-1 w-full rounded border border-slate-500 px-2 py-1">
            {RADII_KM.map((r) => (
              <option key={r} value={r}>
                {f.unit === 'mi' ? `${Math.round(r / KM_PER_MILE)} mi` : `${r} km`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="unit" className="block font-semibold">
            Units
          </label>
          <select id="unit" form={form} name="unit" defaultValue={f.unit} className="mt-1 w-full rounded border border-slate-500 px-2 py-1">
            <option value="km">Kilometres</option>
            <option value="mi">Miles</option>
          </select>
        </div>
      </div>
      <div className="mt-3">
        <label htmlFor="sort" className="block font-semibold">
          Sort by
        </label>
        <select id="sort" form={form} name="sort" defaultValue={f.sort ?? ''} aria-describedby="sort-hint" className="mt-1 w-full rounded border border-slate-500 px-2 py-1">
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
      <fieldset className="mt-4">
        <legend className="font-semibold">More</legend>
        {(
          [
            ['soon', '1', 'Meets in the next 7 days', f.soon],
            ['free', '1', 'Free only', f.freeOnly],
            ['access', 'wheelchair', 'Wheelchair accessible', f.wheelchair],
          ] as const
        ).map(([name, value, label, on]) => (
          <FilterOption key={name} form={form} name={name} value={value} checked={on} label={label} />
        ))}
      </fieldset>
      <Checkboxes form={form} legend="Who leads it" name="leadership" options={LEADERSHIP} labels={LEADERSHIP_LABEL} checked={f.leadership} />
      <Checkboxes form={form} legend="Language" name="lang" options={FILTER_LANGUAGES} labels={languageLabels} checked={f.languages} />
      <Checkboxes form={form} legend="Topic" name="topic" options={topics.map((t) => t.slug)} labels={topicLabels} checked={f.topics} />
      <button type="submit" form={form} className="mt-4 w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Apply filters
      </button>
    </div>
  );
}
