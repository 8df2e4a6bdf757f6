// The parts every staff list's filter form is made of. The forms are plain
// GET forms: the filters live in the address, so a reload, a bookmark or a
// shared link shows the same list, with or without JavaScript.
import Link from 'next/link';

export const filterControl = 'mt-1 w-full min-w-0 rounded border border-slate-500 bg-white px-2 py-1';

/** A choice among `options` ([value, label] pairs); `any` adds a first, empty choice with that label. */
export function FilterSelect({ name, label, value, options, any }: { name: string; label: string; value: string | null; options: readonly (readonly [string, string])[]; any?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''} className={filterControl}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

export function FilterSearch({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <label htmlFor="q" className="block font-semibold">{label}</label>
      <input id="q" name="q" type="search" defaultValue={value} className={filterControl} />
    </div>
  );
}

export function FilterActions({ submit, clearHref, className = '' }: { submit: string; clearHref: string; className?: string }) {
  return (
    <p className={`flex flex-wrap items-center gap-4 ${className}`}>
      <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">{submit}</button>
      <Link href={clearHref}>Clear filters</Link>
    </p>
  );
}

export const NEWEST_OR_OLDEST = [['newest', 'Newest first'], ['oldest', 'Oldest first']] as const;
