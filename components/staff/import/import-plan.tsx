// The dry run, row by row: what would happen to each listing and why. Plain
// markup (no hooks), so the server pages and the upload form both draw it.
import type { PlanAction, PlanRow } from '@/lib/open-data/import/plan';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const ACTION_WORDS: Record<PlanAction, string> = { create: 'Create', update: 'Update', unchanged: 'Leave alone', reject: 'Rejected' };
const ACTION_LOOK: Record<PlanAction, string> = {
  create: 'bg-green-100 text-green-900',
  update: 'bg-brand-50 text-brand-900',
  unchanged: 'bg-slate-100 text-slate-800',
  reject: 'bg-red-100 text-red-900',
};

export function ImportCounts({ counts }: { counts: Record<PlanAction, number> }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2" data-testid="import-counts">
      {(Object.keys(ACTION_WORDS) as PlanAction[]).map((a) => (
        <li key={a} className={`rounded px-2 py-1 font-semibold ${ACTION_LOOK[a]}`}>
          {ACTION_WORDS[a]}: {counts[a]}
        </li>
      ))}
    </ul>
  );
}

export function ImportPlan({ rows }: { rows: readonly PlanRow[] }) {
  if (rows.length === 0) return null;
  return (
    <ScrollRegion label="Dry run, row by row" className="mt-4">
      <table className="w-full border-collapse text-left text-sm" data-testid="import-plan">
        <caption className="sr-only">What importing the file would do to each listing</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Row</th>
            <th scope="col" className="p-2">Listing</th>
            <th scope="col" className="p-2">Outcome</th>
            <th scope="col" className="p-2">Why, and what was left out</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.ref}-${i}`} className="border-b border-slate-200 align-top">
              <td className="p-2">{r.ref.replace(/ \(.*$/, '')}</td>
              <th scope="row" className="p-2 font-semibold">{r.name}</th>
              <td className="p-2">
                <span className={`rounded px-2 py-0.5 font-semibold ${ACTION_LOOK[r.action]}`}>{ACTION_WORDS[r.action]}</span>
              </td>
              <td className="p-2">
                {r.reasons.length > 0 && (
                  <ul className="list-disc pl-4 font-semibold text-red-900">
                    {r.reasons.map((reason) => <li key={reason}>{reason}</li>)}
                  </ul>
                )}
                {r.notes.length > 0 && (
                  <ul className="list-disc pl-4 text-slate-700">
                    {r.notes.map((n) => <li key={n}>{n}</li>)}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
