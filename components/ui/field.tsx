// A labelled control with its hint and error text. The control points at both
// with aria-describedby and says aria-invalid when wrong, and the error
// summary links to its id. Uncontrolled (defaultValue) controls only, so a
// form works without JavaScript and keeps what was typed when refused.
import type { ReactNode } from 'react';
import { describedBy, fieldIds, type FieldIds } from '@/lib/forms/field-ids';
import { ErrorText, Hint } from './field-text';
import { LABEL_NOTE, LOOKS, type Density } from './looks';

export type FieldProps = {
  /** The form field's name; also its id unless `id` or `idPrefix` says otherwise. */
  name: string;
  /** The control's id when it is not derived from the name (a meeting row's "m0-town"). */
  id?: string;
  /** Keeps two forms on one page apart: idPrefix "enrol" gives "enrol-code". */
  idPrefix?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Adds "(optional)" to the label. */
  optional?: boolean;
  /** Adds "(required)" to the label and `required` to the control. */
  required?: boolean;
  density?: Density;
  /** The wrapper's classes (grid spans, margins); the density's default otherwise. */
  className?: string;
};

export function idsOf({ name, id, idPrefix }: Pick<FieldProps, 'name' | 'id' | 'idPrefix'>): FieldIds {
  return id ? fieldIds(id) : fieldIds(name, idPrefix);
}

/** id, aria-invalid and aria-describedby for the control of a field. */
export function controlAria(ids: FieldIds, { hint, errors }: { hint?: unknown; errors?: readonly string[] }) {
  const invalid = Boolean(errors?.length);
  return { id: ids.input, 'aria-invalid': invalid ? true : undefined, 'aria-describedby': describedBy(ids, { hint: Boolean(hint), error: invalid }) };
}

export function Field({ ids, label, hint, errors, optional, required, density = 'compact', className, children }: Omit<FieldProps, 'name' | 'id' | 'idPrefix'> & { ids: FieldIds; children: ReactNode }) {
  const look = LOOKS[density];
  return (
    <div className={className ?? look.field}>
      <label htmlFor={ids.input} className={look.label}>
        {label}
        {optional && <span className={LABEL_NOTE}> (optional)</span>}
        {required && <span className={LABEL_NOTE}> (required)</span>}
      </label>
      {hint && (
        <Hint id={ids.hint} density={density}>
          {hint}
        </Hint>
      )}
      <ErrorText id={ids.error} messages={errors} density={density} />
      {children}
    </div>
  );
}
