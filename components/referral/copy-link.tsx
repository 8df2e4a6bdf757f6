'use client';
// The private status link as a read-only field, so it can be selected and
// copied by hand without JavaScript. With JavaScript a button copies it and
// says so in a polite live region (present from the start, so the change is
// announced).
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/fact-sheets/use-hydrated';

type Props = { id: string; label: string; url: string };

export function CopyLink({ id, label, url }: Props) {
  const hydrated = useHydrated();
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Copied');
    } catch {
      // A browser may refuse the clipboard (permissions, an old browser): select the text for a manual copy.
      const field = document.getElementById(id);
      if (field instanceof HTMLInputElement) field.select();
      setSaid('Could not copy. The link is selected: copy it with your device’s copy command.');
    }
  }
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          className="min-h-11 w-full max-w-xl rounded border border-slate-500 bg-white px-3 font-mono text-sm"
          data-testid="status-url"
        />
        {hydrated && (
          <Button type="button" variant="secondary" className="min-h-11" onClick={copy}>
            Copy link
          </Button>
        )}
        <p role="status" aria-live="polite" className="font-medium text-brand-900" data-testid="copy-status">
          {said}
        </p>
      </div>
    </div>
  );
}
