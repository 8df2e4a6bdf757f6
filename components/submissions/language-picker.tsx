// Languages chosen by name: the search's languages first, then any other the
// listing already has. Posts the tags ("fr"); people only ever see names.
import { languageName } from '@/components/group/labels';
import { CheckboxGroup } from '@/components/ui/choices';
import { FILTER_LANGUAGES } from '@/lib/vocabulary';

type Props = { name?: string; checked: readonly string[]; errors?: readonly string[] };

export function languageOptions(checked: readonly string[]): { value: string; label: string }[] {
  const extra = checked.filter((tag) => !(FILTER_LANGUAGES as readonly string[]).includes(tag));
  return [...FILTER_LANGUAGES, ...extra].map((tag) => ({ value: tag, label: languageName(tag) }));
}

export function LanguagePicker({ name = 'languages', checked, errors }: Props) {
  return (
    <CheckboxGroup
      name={name}
      label="Languages the group meets in"
      hint="Tick every language spoken at the meetings. Another language? Say so in the message at the end."
      columns
      checked={checked}
      options={languageOptions(checked)}
      errors={errors}
    />
  );
}
