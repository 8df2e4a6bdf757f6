// Labelled inputs that carry their hint and error: aria-invalid and
// aria-describedby point at the message, and the error summary links to
// the input's id (fieldId).
import type { FieldName } from '@/lib/validation/referral';

export const fieldId = (name: string) => `f-${name}`;
export const errorId = (name: string) => `f-${name}-error`;
const hintId = (name: string) => `f-${name}-hint`;

export const inputClass = (invalid: boolean) =>
  `mt-1 block w-full max-w-xl rounded border px-3 py-2 ${invalid ? 'border-2 border-red-700' : 'border-slate-500'}`;

export function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  return [hint && hintId(name), error && errorId(name)].filter(Boolean).join(' ') || undefined;
}

export function Hint({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <p id={hintId(name)} className="mt-1 text-sm text-slate-700">
      {children}
    </p>
  );
}

export function ErrorText({ name, error }: { name: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorId(name)} className="mt-1 font-medium text-red-800">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
}

type TextProps = {
  name: FieldName;
  label: string;
  optional?: boolean;
  hint?: React.ReactNode;
  error: string | undefined;
  defaultValue: string;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'email' | 'tel';
};

export function TextField({ name, label, optional, hint, error, defaultValue, type = 'text', autoComplete, multiline }: TextProps) {
  const common = {
    id: fieldId(name),
    name,
    defaultValue,
    autoComplete: autoComplete ?? 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(name, Boolean(hint), Boolean(error)),
    className: inputClass(Boolean(error)),
  };
  return (
    <div className="mt-4">
      <label htmlFor={fieldId(name)} className="block font-medium">
        {label}
        {optional && <span className="font-normal text-slate-700"> (optional)</span>}
      </label>
      {hint && <Hint name={name}>{hint}</Hint>}
      <ErrorText name={name} error={error} />
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} spellCheck={type === 'text' ? undefined : false} {...common} />}
    </div>
  );
}
