'use client';
// Step three: apply the dry run shown above it, in one transaction.
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { emptyImportState, type ImportFormState } from '@/lib/open-data/import/form-state';
import { ImportResult } from './import-result';

type Props = { action: (prev: ImportFormState, form: FormData) => Promise<ImportFormState>; id: string; label: string };

export function ApplyForm({ action, id, label }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyImportState);
  return (
    <>
      <ImportResult state={state} />
      <form action={formAction} className="mt-6" aria-busy={pending}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton pendingLabel="Importing…" disableWhilePending>
          {label}
        </SubmitButton>
      </form>
    </>
  );
}
