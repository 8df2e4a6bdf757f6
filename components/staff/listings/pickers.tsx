// Pickers that choose a listing's coded values by name: languages (boxes,
// so several can be ticked without a modifier key) and a meeting's time
// zone. Plain form controls, so they work without JavaScript. Reusable by
// any form that posts listing values (the public correction form, too):
// give them the options from ./picker-options.ts.
import { CheckboxGroup } from '@/components/ui/choices';
import { SelectField, type Option } from '@/components/ui/select-field';
import { splitList } from '@/lib/forms/form-values';

type LanguageProps = { name?: string; id?: string; label?: string; value: string; options: readonly Option[]; errors?: readonly string[]; className?: string };

/** Posts one `languages` value per ticked language; the listing schema reads them as one list. */
export function LanguagePicker({ name = 'languages', id, label = 'Languages spoken at the meetings', value, options, errors, className }: LanguageProps) {
  return <CheckboxGroup name={name} id={id} label={label} columns checked={splitList(value)} options={options} errors={errors} className={className} />;
}

type ZoneProps = { name: string; id: string; value: string; options: readonly Option[]; errors?: readonly string[]; className?: string };

export function TimeZoneSelect({ name, id, value, options, errors, className }: ZoneProps) {
  // A stored value missing from the options would silently become the first one: offer it.
  const all = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return <SelectField id={id} name={name} label="Time zone" defaultValue={value} options={all} errors={errors} className={className} />;
}
