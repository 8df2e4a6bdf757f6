// Checkboxes: a group sent as one list under one name, and a single box.
import { describedBy, fieldIds } from '@/lib/forms/field-ids';
import { ErrorText, Hint } from './field-text';
import type { Option } from './select-field';

type GroupProps = {
  name: string;
  /** Names the group's hint and error ("topicIds-error"); defaults to the name. */
  id?: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  checked: readonly string[];
  options: readonly Option[];
  /** Lay the boxes out in columns (long lists) rather than one flowing line. */
  columns?: boolean;
  className?: string;
};

export function CheckboxGroup({ name, id, label, hint, errors, checked, options, columns, className }: GroupProps) {
  const ids = fieldIds(id ?? name);
  return (
    <fieldset className={className} aria-describedby={describedBy(ids, { hint: Boolean(hint), error: Boolean(errors?.length) })}>
      <legend className="font-semibold">{label}</legend>
      {hint && <Hint id={ids.hint}>{hint}</Hint>}
      <ErrorText id={ids.error} messages={errors} />
      <ul className={`mt-1 ${columns ? 'grid gap-1 sm:grid-cols-2 lg:grid-cols-3' : 'flex flex-wrap gap-x-4 gap-y-1'}`}>
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="size-6 shrink-0" />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Checkbox({ id, name, label, defaultChecked }: { id: string; name: string; label: string; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="inline-flex items-center gap-2">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} className="size-6 shrink-0" />
      {label}
    </label>
  );
}
