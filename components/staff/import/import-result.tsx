'use client';
// What an import action sent back instead of moving on: the file's problems
// (a whole upload refused) or a dry run that cannot be applied.
import type { ImportFormState } from '@/lib/open-data/import/form-state';
import { ImportCounts, ImportPlan } from './import-plan';

export function ImportResult({ state }: { state: ImportFormState }) {
  if (!state.message) return null;
  return (
    <div className="mt-4" data-testid="import-result">
      <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-4">
        <p className="font-semibold">{state.message}</p>
        {state.problems.length > 0 && (
          <ul className="mt-2 list-disc pl-5" data-testid="import-problems">
            {state.problems.map((p, i) => (
              <li key={i}>
                <span className="font-semibold">{p.where}:</span> {p.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
      {state.notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-slate-700">
          {state.notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {state.counts && state.rows && state.rows.length > 0 && (
        <>
          <h2 className="mt-6 text-2xl font-semibold">Dry run</h2>
          <ImportCounts counts={state.counts} />
          <ImportPlan rows={state.rows} />
        </>
      )}
    </div>
  );
}
