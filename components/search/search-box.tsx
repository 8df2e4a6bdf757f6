import { SuggestInput } from './suggest-input';
import { UseMyLocation } from './use-my-location';

type Props = { q: string; where: string; lat: number | null; lng: number | null; compact?: boolean };

/**
 * "What are you looking for?" and "Where?", shared by the home and results
 * pages. Each box suggests as the visitor types once JavaScript runs, and is a
 * plain input without it.
 */
export function SearchBox({ q, where, lat, lng, compact = false }: Props) {
  return (
    <div className={compact ? 'grid gap-3 sm:grid-cols-[2fr_2fr_auto] sm:items-end' : 'grid gap-3'}>
      <div>
        <label htmlFor="q" className="block font-semibold">
          What are you looking for?
        </label>
        <SuggestInput
          field="what"
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="e.g. grief, anxiety, new mom"
          describedBy="q-hint"
        />
        <p id="q-hint" className="mt-1 text-sm text-slate-700">
          A topic, a word or a group’s name. Spelling does not need to be perfect.
        </p>
      </div>
      <div>
        <label htmlFor="where" className="block font-semibold">
          Where?
        </label>
        <SuggestInput
          field="where"
          id="where"
          name="where"
          type="text"
          defaultValue={where}
          maxLength={100}
          autoComplete="address-level2"
          placeholder="Town or postal code"
          describedBy="where-hint"
        />
        <p id="where-hint" className="mt-1 text-sm text-slate-700">
          A town such as Kingston, or a postal code such as K7L.
        </p>
        {lat !== null && lng !== null ? (
          <>
            <input type="hidden" name="lat" value={lat.toFixed(4)} />
            <input type="hidden" name="lng" value={lng.toFixed(4)} />
          </>
        ) : null}
        <UseMyLocation />
      </div>
      <div>
        <button type="submit" className="w-full rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 sm:w-auto">
          Search
        </button>
      </div>
    </div>
  );
}
