'use client';
// The fact-sheet editor. Without JavaScript, "Preview" posts the form and the
// page comes back with the sanitised preview; with it, the preview follows
// the typing (debounced) through a staff-only route.
import { useActionState, useRef, useState } from 'react';
import { FieldMessages, SubmitButton, TextField } from '@/components/staff/form-fields';
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
        {state.message && <p role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 font-semibold">{state.message}</p>}
        <input type="hidden" name="slug" value={slug} />
        <TextField id="title" name="title" label="Title" required defaultValue={state.values.title} errors={e.title} />
        <TextField id="summary" name="summary" label="Summary" defaultValue={state.values.summary} errors={e.summary} />
        <div>
          <label htmlFor="body" className="block font-semibold">Text (Markdown)</label>
          <FieldMessages id="body" errors={e.body} hint="## for a heading, - for a list item, [words](https://…) for a link. {{tool:ID}} on its own line places a self-check tool." />
          <textarea
            id="body"
            name="body"
            rows={24}
            defaultValue={state.values.body}
            onChange={(ev) => onBodyInput(ev.target.value)}
            aria-describedby={e.body?.length ? 'body-hint body-error' : 'body-hint'}
            aria-invalid={e.body?.length ? true : undefined}
            className="mt-1 w-full rounded border border-slate-500 px-2 py-1 font-mono text-sm"
          />
        </div>
        <p className="flex flex-wrap gap-3">
          <SubmitButton>{pending ? 'Saving…' : 'Save as a new revision'}</SubmitButton>
          <SubmitButton secondary name="intent" value="preview">Preview</SubmitButton>
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
