'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { SuggestField, Suggestion } from '@/lib/search/suggest';

type Props = {
  field: SuggestField;
  id: string;
  name: string;
  type: 'search' | 'text';
  defaultValue: string;
  maxLength: number;
  placeholder: string;
  describedBy: string;
  autoComplete?: string;
};

const noSubscription = () => () => {};
const DEBOUNCE_MS = 150;
// The same bounds /api/suggest keeps (lib/search/suggest.ts): fewer than two
// characters suggest too much, and it refuses more than 100.
const MIN_LENGTH = 2;
const MAX_LENGTH = 100;
const LIST_NAMES: Record<SuggestField, string> = { what: 'Suggested topics', where: 'Suggested places' };

/**
 * A search box that suggests as the visitor types: the WAI-ARIA "editable
 * combobox with list autocomplete" pattern. Focus stays in the box; the
 * arrows move a highlighted option (aria-activedescendant) and Enter takes
 * it. Rendered on the server as the plain input, which is what a visitor
 * without JavaScript keeps: the form sends exactly what was typed.
 */
export function SuggestInput({ field, describedBy, ...input }: Props) {
  // False on the server and while hydrating: no combobox roles until it can act as one.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const box = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController | null>(null);

  const listId = `${input.id}-suggestions`;
  const optionId = (i: number) => `${input.id}-suggestion-${i}`;
  const expanded = enhanced && open && options.length > 0;

  // Nothing may answer into a box that has gone.
  useEffect(() => () => stopAsking(), []);

  function stopAsking() {
    clearTimeout(timer.current);
    request.current?.abort();
    request.current = null;
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function typed(text: string) {
    stopAsking();
    setActive(-1);
    const wanted = text.trim();
    if (wanted.length < MIN_LENGTH || wanted.length > MAX_LENGTH) {
      setOptions([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(() => void ask(wanted), DEBOUNCE_MS);
  }

  async function ask(wanted: string) {
    const controller = new AbortController();
    request.current = controller;
    try {
      const res = await fetch(`/api/suggest?${new URLSearchParams({ field, q: wanted })}`, { signal: controller.signal });
      const body: unknown = res.ok ? await res.json() : null;
      const list = readSuggestions(body);
      setOptions(list);
      setActive(-1);
      // The visitor may have moved on while the answer travelled.
      setOpen(list.length > 0 && document.activeElement === box.current);
    } catch {
      // Aborted by a newer keystroke, or offline: the box works without suggestions.
      if (!controller.signal.aborted) {
        setOptions([]);
        setOpen(false);
      }
    }
  }

  function pick(option: Suggestion) {
    stopAsking();
    if (box.current) {
      box.current.value = option.label;
      box.current.focus();
    }
    setOptions([]);
    close();
  }

  function highlight(i: number) {
    setActive(i);
    document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    const count = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        if (e.altKey) {
          // Alt+Down shows the list without choosing; Alt+Up hides it.
          if (down) setOpen(true);
          else close();
          return;
        }
        setOpen(true);
        if (!expanded || active < 0) highlight(down ? 0 : count - 1);
        else highlight((active + (down ? 1 : count - 1)) % count);
        return;
      }
      case 'Enter': {
        const chosen = expanded && active >= 0 ? options[active] : undefined;
        if (chosen) {
          // Take the suggestion; the next Enter sends the form.
          e.preventDefault();
          pick(chosen);
        } else close();
        return;
      }
      case 'Escape':
        if (expanded) {
          // Also stops a search box's own Escape, which would clear the text at once.
          e.preventDefault();
          close();
        } else if (e.currentTarget.value) {
          e.preventDefault();
          e.currentTarget.value = '';
          stopAsking();
          setOptions([]);
        }
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text; no option stays highlighted.
        setActive(-1);
        return;
    }
  }

  return (
    <div className="relative mt-1">
      <input
        ref={box}
        {...input}
        aria-describedby={describedBy}
        className="w-full rounded border border-slate-500 px-3 py-2"
        {...(enhanced
          ? {
              role: 'combobox',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': expanded,
              'aria-controls': listId,
              'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
            }
          : {})}
        onChange={(e) => typed(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {enhanced ? (
        // Laid over the hint below, so nothing on the page moves when it opens.
        // Pressing an option must not take focus from the box (that would close the list).
        <ul
          id={listId}
          role="listbox"
          aria-label={LIST_NAMES[field]}
          hidden={!expanded}
          onMouseDown={(e) => e.preventDefault()}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-y-auto rounded border border-slate-500 bg-white py-1 shadow-lg"
        >
          {options.map((o, i) => (
            <li
              key={`${o.label}|${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => pick(o)}
              className={
                i === active
                  ? 'flex min-h-11 cursor-pointer items-center bg-brand-800 px-3 text-white outline-2 -outline-offset-2 outline-amber-700'
                  : 'flex min-h-11 cursor-pointer items-center px-3 hover:bg-brand-50'
              }
            >
              {o.label}
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="sr-only">
        {expanded ? `${options.length} ${options.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </p>
    </div>
  );
}

/** The suggestions in an answer from /api/suggest; anything else counts as none. */
function readSuggestions(body: unknown): Suggestion[] {
  const list = (body as { suggestions?: unknown } | null)?.suggestions;
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is Suggestion => typeof s?.label === 'string' && (s.kind === 'topic' || s.kind === 'place'));
}
