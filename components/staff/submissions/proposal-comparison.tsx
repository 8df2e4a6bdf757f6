import type { FieldDifference } from '@/lib/listings/compare';

type Row = FieldDifference & { changed?: boolean };

/** The listing now beside the proposal; changed rows say so in words, not only by colour. */
export function ProposalComparison({ rows, currentLabel }: { rows: Row[]; currentLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="proposal-comparison">
        <caption className="sr-only">The listing now and the proposal, field by field</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Field</th>
            <th scope="col" className="p-2">{currentLabel}</th>
            <th scope="col" className="p-2">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const changed = r.changed ?? true;
            return (
              <tr key={r.key} className={`border-b border-slate-200 ${changed ? 'bg-amber-50' : ''}`}>
                <th scope="row" className="p-2 align-top">
                  {r.label}
                  {changed && <strong className="block text-sm text-amber-900">Changed</strong>}
                </th>
                <td className="p-2 align-top whitespace-pre-line [overflow-wrap:anywhere]">{r.theirs || '(empty)'}</td>
                <td className="p-2 align-top whitespace-pre-line [overflow-wrap:anywhere]">{r.yours || '(empty)'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
