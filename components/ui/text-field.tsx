// One-line and multi-line text fields.
import type { ChangeEventHandler } from 'react';
import { controlAria, Field, idsOf, type FieldProps } from './field';
import { LOOKS } from './looks';

type TextFieldProps = FieldProps & {
  defaultValue: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'date' | 'time' | 'search';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'url';
  /** The id of a <datalist> of suggestions. */
  list?: string;
  readOnly?: boolean;
};

export function TextField({ defaultValue, type = 'text', autoComplete, inputMode, list, readOnly, ...field }: TextFieldProps) {
  const ids = idsOf(field);
  const density = field.density ?? 'compact';
  return (
    <Field ids={ids} {...field}>
      <input
        {...controlAria(ids, field)}
        name={field.name}
        type={type}
        defaultValue={defaultValue}
        required={field.required}
        readOnly={readOnly}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        list={list}
        // Addresses and numbers are not words to spell-check.
        spellCheck={type === 'email' || type === 'tel' || type === 'url' ? false : undefined}
        className={LOOKS[density].control(Boolean(field.errors?.length), Boolean(readOnly))}
      />
    </Field>
  );
}

type TextAreaProps = FieldProps & {
  defaultValue: string;
  rows?: number;
  autoComplete?: string;
  /** Extra classes for the textarea itself (a monospace editor). */
  controlClassName?: string;
  onChange?: ChangeEventHandler<HTMLTextAreaElement>;
};

export function TextArea({ defaultValue, rows = 3, autoComplete, controlClassName, onChange, ...field }: TextAreaProps) {
  const ids = idsOf(field);
  const density = field.density ?? 'compact';
  const look = LOOKS[density].control(Boolean(field.errors?.length), false);
  return (
    <Field ids={ids} {...field}>
      <textarea
        {...controlAria(ids, field)}
        name={field.name}
        defaultValue={defaultValue}
        rows={rows}
        required={field.required}
        autoComplete={autoComplete}
        onChange={onChange}
        className={controlClassName ? `${look} ${controlClassName}` : look}
      />
    </Field>
  );
}
