// Labelled form controls for the staff console: each shows its error text
// under the label and points to it with aria-describedby, so a screen
// reader hears what to fix. Uncontrolled (defaultValue), so they work
// without JavaScript and keep what was typed when a save is refused.
import type { ReactNode } from 'react';

type Base = { id: string; name: string; label: string; errors?: string[]; hint?: string; className?: string };
const control = 'mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1';

function describedBy(id: string, errors?: string[], hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({ id, errors, hint }: { id: string; errors?: string[]; hint?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

export function TextField(props: Base & { defaultValue: string; type?: string; required?: boolean; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'url'; list?: string; readOnly?: boolean }) {
  const { id, name, label, errors, hint, className, ...rest } = props;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {rest.required && <span className="font-normal text-slate-700"> (required)</span>}
      </label>
      <FieldMessages id={id} errors={errors} hint={hint} />
      <input
        id={id}
        name={name}
        type={rest.type ?? 'text'}
        defaultValue={rest.defaultValue}
        required={rest.required}
        readOnly={rest.readOnly}
        autoComplete={rest.autoComplete ?? 'off'}
        inputMode={rest.inputMode}
        list={rest.list}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={`${control} ${rest.readOnly ? 'bg-slate-100' : ''}`}
      />
    </div>
  );
}

export function TextArea(props: Base & { defaultValue: string; rows?: number; required?: boolean }) {
  const { id, name, label, errors, hint, className, defaultValue, rows, required } = props;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required && <span className="font-normal text-slate-700"> (required)</span>}
      </label>
      <FieldMessages id={id} errors={errors} hint={hint} />
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        rows={rows ?? 3}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={control}
      />
    </div>
  );
}

export function SelectField(props: Base & { defaultValue: string; options: readonly { value: string; label: string }[] }) {
  const { id, name, label, errors, hint, className, defaultValue, options } = props;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldMessages id={id} errors={errors} hint={hint} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={control}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup(props: Base & { checked: readonly string[]; options: readonly { value: string; label: string }[]; columns?: boolean }) {
  const { id, name, label, errors, hint, className, checked, options, columns } = props;
  return (
    <fieldset className={className} aria-describedby={describedBy(id, errors, hint)}>
      <legend className="font-semibold">{label}</legend>
      <FieldMessages id={id} errors={errors} hint={hint} />
      <ul className={`mt-1 ${columns ? 'grid gap-1 sm:grid-cols-2 lg:grid-cols-3' : 'flex flex-wrap gap-x-4 gap-y-1'}`}>
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="h-4 w-4" />
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
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} className="h-4 w-4" />
      {label}
    </label>
  );
}

/** Links to every field with an error, shown above the form after a refused save. */
export function ErrorSummary({ message, fieldErrors, idOf }: { message: string; fieldErrors: Record<string, string[]>; idOf: (key: string) => string }) {
  const entries = Object.entries(fieldErrors);
  return (
    <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-4" data-testid="form-errors">
      <p className="font-semibold">{message}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {entries.map(([key, messages]) => (
            <li key={key}>
              <a href={`#${idOf(key)}`}>{messages.join(' ')}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SubmitButton({ children, name, value, secondary }: { children: ReactNode; name?: string; value?: string; secondary?: boolean }) {
  const look = secondary
    ? 'border border-brand-800 bg-white text-brand-900 hover:bg-brand-50'
    : 'bg-brand-800 text-white hover:bg-brand-900';
  return (
    <button type="submit" name={name} value={value} className={`rounded px-4 py-2 font-semibold ${look}`}>
      {children}
    </button>
  );
}
