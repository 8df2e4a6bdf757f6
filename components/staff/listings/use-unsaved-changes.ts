'use client';
// Warns before leaving a listing with unsaved changes: the browser's own
// prompt on reload, close or a typed address (beforeunload), and a confirm
// on links inside the site (which navigate without unloading the page).
// "Unsaved" means the form would post something other than what it posted
// when the page was ready, so typing a change and typing it back is clean.
import { useEffect, useRef, useState, type RefObject } from 'react';

export const LEAVE_MESSAGE = 'You have unsaved changes to this listing. Leave without saving them?';

function snapshot(form: HTMLFormElement): string {
  const entries = [...new FormData(form).entries()].filter(([name]) => !name.startsWith('$ACTION') && !name.startsWith('merge.'));
  return JSON.stringify(entries.map(([name, value]) => [name, typeof value === 'string' ? value : value.name]));
}

export function useUnsavedChanges(formRef: RefObject<HTMLFormElement | null>, ready: boolean): boolean {
  const baseline = useRef<string | null>(null);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (ready && formRef.current && baseline.current === null) baseline.current = snapshot(formRef.current);
  }, [ready, formRef]);

  // After every render (rows added or removed) and on every edit.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const check = () => setDirty(baseline.current !== null && snapshot(form) !== baseline.current);
    check();
    form.addEventListener('input', check);
    form.addEventListener('change', check);
    return () => {
      form.removeEventListener('input', check);
      form.removeEventListener('change', check);
    };
  });

  useEffect(() => {
    if (!dirty) return;
    let leaving = false;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (leaving) return;
      e.preventDefault();
      e.returnValue = '';
    };
    // Capture phase, before the site's links navigate on their own.
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.getAttribute('href')?.startsWith('#')) return;
      if (window.confirm(LEAVE_MESSAGE)) {
        leaving = true;
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  return dirty;
}
