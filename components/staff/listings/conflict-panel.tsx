// After a conflict: each field that differs, their saved value beside the
// one this editor typed, with a choice of which to keep. The choices are
// posted with the form ("merge.<field>"), and the save takes each value
// chosen as theirs from the listing as it is saved now.
import { SubmitButton } from '@/components/ui/submit-button';
import type { FieldDifference } from '@/lib/listings/compare';
import { mergeFieldName } from '@/lib/listings/merge';

const shown = (v: string) => v || '(empty)';

function Choice({ name, value, id, heading, text, defaultChecked }: { name: string; value: 'theirs' | 'yours'; id: string; heading: string; text: string; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="flex gap-3 rounded border border-slate-400 bg-white p-3 has-[:checked]:border-2 has-[:checked]:border-brand-800">
      <input id={id} type="radio" name={name} value={value} defaultChecked={defaultChecked} className="mt-1 size-6 shrink-0" />
      <span className="min-w-0">
        <span className="block font-semibold">{heading}</span>
        <span className="block whitespace-pre-line [overflow-wrap:anywhere]">{shown(text)}</span>
      </span>
    </label>
  );
}

export function ConflictPanel({ message, differences }: { message: string; differences: FieldDifference[] }) {
  return (
    <section aria-labelledby="conflict-heading" className="space-y-3 rounded border-2 border-amber-700 bg-amber-50 p-4" data-testid="conflict">
      <h2 id="conflict-heading" role="alert" className="text-lg font-semibold">
        {message}
      </h2>
      <p>
        Nothing of yours was saved and nothing was lost. For each field that differs, choose the value to keep, then save:
        fields you do not choose keep what is in the form below.
      </p>
      {differences.length > 0 ? (
        <>
          {differences.map((d, n) => (
            <fieldset key={d.key} className="rounded border border-amber-700/40 p-3" data-testid="conflict-field">
              <legend className="px-1 font-semibold">{d.label}</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                <Choice name={mergeFieldName(d.key)} value="theirs" id={`merge-${n}-theirs`} heading="Saved by them" text={d.theirs} defaultChecked={false} />
                <Choice name={mergeFieldName(d.key)} value="yours" id={`merge-${n}-yours`} heading="Yours (not saved yet)" text={d.yours} defaultChecked />
              </div>
            </fieldset>
          ))}
          <p>
            <SubmitButton pendingLabel="Saving…">Save with these choices</SubmitButton>
          </p>
        </>
      ) : (
        <p>Their save changed the listing&apos;s status or check date only; your fields match theirs. Save again to keep your version.</p>
      )}
    </section>
  );
}
