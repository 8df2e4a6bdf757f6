import type { FieldDifference } from '@/lib/listings/compare';

/** Their saved values beside what this editor typed, one row per differing field. */
export function ConflictPanel({ message, differences }: { message: string; differences: FieldDifference[] }) {
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="rounded border-2 border-amber-700 bg-amber-50 p-4" data-testid="conflict">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        {message}
      </h2>
      <p className="mt-1">
        Nothing of yours was saved and nothing was lost: the form below still holds your version. Compare the two, change the
        form if you want to keep some of their changes, then save again to replace their version with the form.
      </p>
      {differences.length > 0 ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Fields that differ between their saved listing and your version</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-400 p-2">Field</th>
                <th scope="col" className="border-b border-slate-400 p-2">Saved by them</th>
                <th scope="col" className="border-b border-slate-400 p-2">Yours (not saved)</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.key}>
                  <th scope="row" className="border-b border-slate-200 p-2 align-top font-semibold">{d.label}</th>
                  <td className="border-b border-slate-200 p-2 align-top whitespace-pre-line [overflow-wrap:anywhere]">{d.theirs || '(empty)'}</td>
                  <td className="border-b border-slate-200 p-2 align-top whitespace-pre-line [overflow-wrap:anywhere]">{d.yours || '(empty)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2">Their save changed the listing&apos;s status or check date only; your fields match theirs.</p>
      )}
    </section>
  );
}
