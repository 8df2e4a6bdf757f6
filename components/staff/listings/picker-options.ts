// The choices of the listing pickers, by name, from the directory's
// vocabularies (lib/vocabulary). Worked out on the server and passed to the
// form, so the names are Intl's on the group page and here alike. A value
// already stored that the list does not name is kept as a choice, so
// opening and saving a listing never drops it.
import { languageName } from '@/components/group/labels';
import { LISTING_LANGUAGES, MEETING_TIME_ZONES } from '@/lib/vocabulary';
import { splitList } from '@/lib/forms/form-values';
import type { Option } from '@/components/ui/select-field';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en');

/** English and French first, then the others A–Z, then any other language a listing holds. */
export function languageOptions(stored: string[] = []): Option[] {
  const [en, fr, ...rest] = LISTING_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }));
  const known = new Set<string>(LISTING_LANGUAGES);
  const extra = [...new Set(stored)].filter((c) => c && !known.has(c)).map((code) => ({ value: code, label: `${languageName(code)} (${code})` }));
  return [en, fr, ...rest.sort(byLabel), ...extra.sort(byLabel)].filter((o): o is Option => Boolean(o));
}

/** The languages of a listing's form value ("en, fr"). */
export const languageCodes = (value: string) => splitList(value);

/** Canada's zones by name; a stored zone not in the list is offered under its own name. */
export function timeZoneOptions(stored: string[] = []): Option[] {
  const known = new Set<string>(MEETING_TIME_ZONES.map((z) => z.zone));
  const extra = [...new Set(stored)].filter((z) => z && !known.has(z)).map((z) => ({ value: z, label: z.replaceAll('_', ' ') }));
  return [...MEETING_TIME_ZONES.map((z) => ({ value: z.zone, label: z.label })), ...extra];
}
