'use client';
// The comfort-agreement builder. Server-rendered from the URL (?pick=…&add=…),
// so without JavaScript the GET form rebuilds the agreement on the server; with
// JavaScript the same form updates the agreement in the browser and sends nothing.
import { useState, type FormEvent } from 'react';
import type { Checklist } from '@/lib/fact-sheets/checklists';
import { addOwnGuideline, agreementLines, cleanGuideline, OWN_GUIDELINE_MAX_LENGTH, OWN_GUIDELINES_MAX } from '@/lib/fact-sheets/agreement';
import { toolElementId } from '@/lib/fact-sheets/tool-ids';
import { PrintButton } from './print-button';
import { useHydrated } from './use-hydrated';

type Props = {
  checklist: Checklist;
  initialPicks: string[];
  initialOwn: string[];
  /** The sheet's own address: the no-JavaScript form comes back to it. */
  action: string;
  previewHeading: 'h3' | 'h4';
};

export function ComfortAgreementBuilder({ checklist, initialPicks, initialOwn, action, previewHeading: Heading }: Props) {
  const hydrated = useHydrated();
  const tool = checklist.id;
  const [picks, setPicks] = useState(initialPicks);
  // Unticking one of the group's own lines keeps it in the list, so focus stays put.
  const [own, setOwn] = useState(initialOwn);
  const [ownOff, setOwnOff] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const lines = agreementLines(checklist, picks, own.filter((o) => !ownOff.includes(o)));

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = cleanGuideline(draft).toLowerCase();
    setOwn((current) => addOwnGuideline(current, draft));
    // Adding a line that was unticked ticks it again.
    setOwnOff((off) => off.filter((o) => o.toLowerCase() !== text));
    setDraft('');
  }

  return (
    <div data-has-agreement={lines.length > 0 ? 'true' : 'false'} className="comfort-builder">
      <form method="get" action={`${action}#${tool}`} onSubmit={onSubmit} aria-label={checklist.title} className="mt-2">
        {checklist.sections.map((section, i) => (
          <fieldset key={section.heading} id={toolElementId.section(tool, i)} className="mt-4">
            <legend className="text-lg font-semibold text-brand-900">{section.heading}</legend>
            <ul className="mt-1 space-y-2">
              {section.items.map((item) => {
                const id = toolElementId.item(tool, item.id);
                const hintId = item.hint ? toolElementId.hint(tool, item.id) : undefined;
                return (
                  <li key={item.id} className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      id={id}
                      name="pick"
                      value={item.id}
                      checked={picks.includes(item.id)}
                      onChange={(e) => setPicks((p) => toggle(p, item.id, e.target.checked))}
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
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        <fieldset className="mt-4">
          <legend className="text-lg font-semibold text-brand-900">Your own guidelines</legend>
          {own.length > 0 && (
            <ul className="mt-1 space-y-2">
              {own.map((text, i) => (
                <li key={text} className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    id={toolElementId.own(tool, i)}
                    name="add"
                    value={text}
                    checked={!ownOff.includes(text)}
                    onChange={(e) => setOwnOff((off) => toggle(off, text, !e.target.checked))}
                    className="size-6 shrink-0 accent-brand-800"
                  />
                  <label htmlFor={toolElementId.own(tool, i)}>{text}</label>
                </li>
              ))}
            </ul>
          )}
          <label htmlFor={toolElementId.newGuideline(tool)} className="mt-3 block font-medium">
            Add a guideline in your own words
          </label>
          <p id={toolElementId.newGuidelineHint(tool)} className="text-sm text-slate-700">
            {own.length >= OWN_GUIDELINES_MAX
              ? `You have added ${OWN_GUIDELINES_MAX}, the most this page keeps.`
              : 'For example: “We start on time.”'}
          </p>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              type="text"
              id={toolElementId.newGuideline(tool)}
              name="add"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              maxLength={OWN_GUIDELINE_MAX_LENGTH}
              aria-describedby={toolElementId.newGuidelineHint(tool)}
              autoComplete="off"
              className="min-w-0 flex-1 rounded border border-slate-500 bg-white px-2 py-1.5"
            />
            <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 font-medium text-white hover:bg-brand-900">
              Add
            </button>
          </div>
        </fieldset>
        {!hydrated && (
          <button type="submit" className="mt-4 rounded border border-brand-800 bg-white px-4 py-1.5 font-medium text-brand-900">
            Show our agreement
          </button>
        )}
      </form>
      <section id={toolElementId.preview(tool)} aria-labelledby={toolElementId.previewTitle(tool)} className="agreement-preview mt-6 rounded border-2 border-brand-700 bg-white p-4">
        <Heading id={toolElementId.previewTitle(tool)} className="text-xl font-semibold text-brand-900">
          Your group’s agreement
        </Heading>
        <div aria-live="polite">
          {lines.length > 0 ? (
            <ol className="mt-2 list-decimal space-y-1 pl-6" data-testid="agreement-lines">
              {lines.map((line, i) => (
                <li key={`${i}-${line}`}>{line}</li>
              ))}
            </ol>
          ) : (
            <p className="mt-2 text-slate-700">Tick guidelines above, or add your own, and they will appear here.</p>
          )}
        </div>
        <PrintButton label="Print your agreement" className="mt-3" />
      </section>
    </div>
  );
}
