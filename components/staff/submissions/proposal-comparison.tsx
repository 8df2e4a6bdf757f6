// The listing now beside the proposal, in words. Rows of changed fields can
// carry an "Accept" box each (the decide form's `accept` list).
import type { ChangeRow } from './change-words';
import { ScrollRegion } from '@/components/ui/scroll-region';

type Props = { rows: ChangeRow[]; currentLabel: string; caption: string; testId: string; accept?: { checked: readonly string[] } };

export function ProposalComparison({ rows, currentLabel, caption, testId, accept }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {accept && <th scope="col" className="p-2">Accept</th>}
            <th scope="col" className="p-2">Field</th>
            <th scope="col" className="p-2">{currentLabel}</th>
            <th scope="col" className="p-2">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-200" data-change={r.key}>
              {accept && (
                <td className="p-2 align-top">
                  <label className="inline-flex min-h-11 min-w-11 items-center justify-center">
                    <input type="checkbox" name="accept" value={r.key} defaultChecked={accept.checked.includes(r.key)} className="size-6" />
                    <span className="sr-only">Accept: {r.label}</span>
                  </label>
                </td>
              )}
              <th scope="row" className="p-2 align-top">{r.label}</th>
              <td className="p-2 align-top whitespace-pre-line [overflow-wrap:anywhere]">{r.before ? r.before : <span className="text-slate-700">(empty)</span>}</td>
              <td className="p-2 align-top whitespace-pre-line [overflow-wrap:anywhere]">{r.after ? <strong>{r.after}</strong> : <strong>(empty)</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
