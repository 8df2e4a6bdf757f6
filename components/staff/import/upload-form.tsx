'use client';
// Step one: choose the file. A plain multipart form post, so it works
// without JavaScript; the dry run comes back in place or on its own page.
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { emptyImportState, type ImportFormState } from '@/lib/open-data/import/form-state';
import { ImportResult } from './import-result';

type Props = { action: (prev: ImportFormState, form: FormData) => Promise<ImportFormState>; limitWords: string };

export function UploadForm({ action, limitWords }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyImportState);
  return (
    <>
      <ImportResult state={state} />
      <form action={formAction} encType="multipart/form-data" noValidate className="mt-4 max-w-xl space-y-4" aria-busy={pending}>
        <div>
          <label htmlFor="import-file" className="block font-semibold">File to import</label>
          <p id="import-file-hint" className="text-sm text-slate-700">
            An HSDS JSON document (.json), the HSDS tabular zip (.zip with datapackage.json and CSV files), or a spreadsheet of listings saved as CSV (UTF-8). At most {limitWords}.
          </p>
          <input id="import-file" name="file" type="file" accept=".json,.zip,.csv,application/json,application/zip,text/csv" aria-describedby="import-file-hint" className="mt-1 block w-full rounded border border-slate-500 bg-white p-2" />
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="publish" className="mt-0.5 size-6 shrink-0" />
          <span>Publish new listings at once (otherwise they are drafts to check first)</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="chooseColumns" className="mt-0.5 size-6 shrink-0" />
          <span>CSV: let me match the columns myself, even when their names are recognised</span>
        </label>
        <SubmitButton pendingLabel="Reading the file…" disableWhilePending>
          Show what would change
        </SubmitButton>
      </form>
    </>
  );
}
