// A self-check or worksheet as real tick boxes. Without JavaScript it is a
// printable list; the form has no action and no submit button, so nothing a
// visitor ticks or writes ever leaves the browser.
import type { Checklist as ChecklistData, ChecklistItem } from '@/lib/fact-sheets/checklists';
import { toolElementId } from '@/lib/fact-sheets/tool-ids';
import { PrintButton } from './print-button';
import { SelfCheckResult } from './self-check-result';

// Both lists come from the checklist data (the referral form relies on the ids).
const URGENT_IDS = ['active-crisis', 'suicidal'];
const NOT_READY_HEADING = 'Not ready yet';

export function Checklist({ checklist }: { checklist: ChecklistData }) {
  const formId = toolElementId.form(checklist.id);
  const total = checklist.sections.reduce((n, s) => n + s.items.length, 0);
  const worksheet = checklist.kind === 'worksheet';
  return (
    <>
      <form id={formId} aria-label={checklist.title} className="mt-2">
        {checklist.sections.map((section, i) => (
          <fieldset key={section.heading} id={toolElementId.section(checklist.id, i)} className="mt-4">
            <legend className="text-lg font-semibold text-brand-900">{section.heading}</legend>
            <ul className="mt-1 space-y-2">
              {section.items.map((item) => (
                <ChecklistRow key={item.id} toolId={checklist.id} item={item} withNotes={worksheet} />
              ))}
            </ul>
          </fieldset>
        ))}
      </form>
      {checklist.id === 'right-group' && <SelfCheckResult tool="right-group" formId={formId} total={total} />}
      {checklist.id === 'client-readiness' && (
        <SelfCheckResult
          tool="client-readiness"
          formId={formId}
          total={total}
          urgentIds={URGENT_IDS}
          notReadyIds={checklist.sections.find((s) => s.heading === NOT_READY_HEADING)?.items.map((i) => i.id) ?? []}
        />
      )}
      <PrintButton label={worksheet ? 'Print the worksheet' : 'Print this checklist'} className="mt-4" />
    </>
  );
}

type RowProps = { toolId: ChecklistData['id']; item: ChecklistItem; withNotes: boolean };

function ChecklistRow({ toolId, item, withNotes }: RowProps) {
  const id = toolElementId.item(toolId, item.id);
  const hintId = item.hint ? toolElementId.hint(toolId, item.id) : undefined;
  const notesId = toolElementId.notes(toolId, item.id);
  return (
    <li className="break-inside-avoid">
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          name={toolId}
          value={item.id}
          aria-describedby={hintId}
          className="size-6 shrink-0 accent-brand-800"
        />
        <div>
          <label htmlFor={id}>{item.text}</label>
          {item.hint && (
            <p id={hintId} className="text-sm text-slate-700">
              {item.hint}
            </p>
          )}
        </div>
      </div>
      {withNotes && (
        <div className="mt-1 pl-8">
          <label htmlFor={notesId} className="block text-sm font-medium">
            Your notes<span className="sr-only">: {item.text}</span>
          </label>
          {/* Kept in this page only: never named, never submitted. */}
          <textarea
            id={notesId}
            rows={2}
            className="mt-1 block min-h-16 w-full rounded border border-slate-500 bg-white p-2 field-sizing-content"
          />
        </div>
      )}
    </li>
  );
}
