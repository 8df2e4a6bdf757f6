'use client';
// The fact-sheet editor. Without JavaScript, "Preview" posts the form and the
// page comes back with the sanitised preview; with it, the preview follows
// the typing (debounced) through a staff-only route.
import { useActionState, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { FactSheetEditorState } from '@/lib/fact-sheets/editor-state';

type Props = { action: (prev: FactSheetEditorState, form: FormData) => Promise<FactSheetEditorState>; slug: string; initial: FactSheetEditorState };

export function FactSheetEditor({ action, slug, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [live, setLive] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);

  function onBodyInput(text: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const ticket = ++latest.current;
      const res = await fetch('/staff/fact-sheets/preview', { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain' } }).catch(() => null);
      // An older answer arriving late must not replace a newer one.
      if (res?.ok && ticket === latest.current) setLive(await res.text());
    }, 400);
  }

  const html = live ?? state.previewHtml;
  const e = state.fieldErrors;
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-2">
      <form action={formAction} noValidate className="space-y-3" aria-busy={pending}>
        {state.message && <ErrorSummary message={state.message} fieldErrors={e} />}
        <input type="hidden" name="slug" value={slug} />
        <TextField name="title" label="Title" required defaultValue={state.values.title} errors={e.title} />
        <TextField name="summary" label="Summary" defaultValue={state.values.summary} errors={e.summary} />
        <TextArea
          name="body"
          label="Text (Markdown)"
          rows={24}
          hint="## for a heading, - for a list item, [words](https://…) for a link. {{tool:ID}} on its own line places a self-check tool."
          defaultValue={state.values.body}
          errors={e.body}
          onChange={(ev) => onBodyInput(ev.target.value)}
          controlClassName="font-mono text-sm"
        />
        <p className="flex flex-wrap gap-3">
          <SubmitButton pendingLabel="Saving…">Save as a new revision</SubmitButton>
          <Button variant="secondary" name="intent" value="preview">
            Preview
          </Button>
        </p>
      </form>
      <section aria-labelledby="preview-heading" aria-live="polite" className="min-w-0 rounded border border-slate-300 p-4">
        <h2 id="preview-heading" className="text-xl font-semibold">Preview</h2>
        {html !== null ? (
          // Sanitised on the server by the public renderer (lib/fact-sheets/sanitize.ts).
          <div className="fact-sheet-prose mt-3" data-testid="sheet-preview" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="mt-2">Press “Preview”, or start typing, to see the text as the public will.</p>
        )}
      </section>
    </div>
  );
}
