import { controlAria, Field, idsOf, type FieldProps } from './field';
import { LOOKS } from './looks';

export type Option = { value: string; label: string };

export function SelectField({ defaultValue, options, ...field }: FieldProps & { defaultValue: string; options: readonly Option[] }) {
  const ids = idsOf(field);
  return (
    <Field ids={ids} {...field}>
      <select {...controlAria(ids, field)} name={field.name} defaultValue={defaultValue} className={LOOKS[field.density ?? 'compact'].control(Boolean(field.errors?.length), false)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
