'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

function readChecked(formId: string): string {
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return '';
  const boxes = form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked');
  return Array.from(boxes, (b) => b.value).join('\n');
}

/**
 * The values of the ticked boxes in a server-rendered form, kept current as
 * the visitor ticks (null before hydration). Reads the page only; nothing is
 * stored or sent.
 */
export function useCheckedValues(formId: string): string[] | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const form = document.getElementById(formId);
      form?.addEventListener('change', onChange);
      return () => form?.removeEventListener('change', onChange);
    },
    [formId],
  );
  // A string snapshot compares by value, so React re-renders only on a real change.
  const snapshot = useSyncExternalStore<string | null>(subscribe, () => readChecked(formId), () => null);
  return useMemo(() => (snapshot === null ? null : snapshot.split('\n').filter(Boolean)), [snapshot]);
}
