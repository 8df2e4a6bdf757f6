'use client';
// Step two for a plain CSV: which column holds each of the directory's
// fields. Selects preset to the columns whose names were recognised.
import { useActionState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { emptyImportState, type ImportFormState } from '@/lib/open-data/import/form-state';
import { ImportResult } from './import-result';

type Props = {
  action: (prev: ImportFormState, form: FormData) => Promise<ImportFormState>;
  id: string;
  headers: readonly { index: number; label: string }[];
  fields: readonly { name: string; label: string; column: number | null }[];
};

export function ColumnForm({ action, id, headers, fields }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyImportState);
  const options = [{ value: '', label: '(not in this file)' }, ...headers.map((h) => ({ value: String(h.index), label: h.label }))];
  return (
    <>
      <ImportResult state={state} />
      <form action={formAction} noValidate className="mt-4 max-w-xl space-y-3" aria-busy={pending}>
        <input type="hidden" name="id" value={id} />
        {fields.map((f) => (
          <SelectField key={f.name} name={`column.${f.name}`} id={`column-${f.name}`} label={f.label} options={options} defaultValue={f.column === null ? '' : String(f.column)} />
        ))}
        <SubmitButton pendingLabel="Reading the rows…" disableWhilePending>
          Show what would change
        </SubmitButton>
      </form>
    </>
  );
}
