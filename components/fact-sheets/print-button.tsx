'use client';
import { useHydrated } from './use-hydrated';

/**
 * Shown only when JavaScript runs: without it a button that cannot print
 * would be a dead end (the browser's own Print still works).
 */
export function PrintButton({ label, className = '' }: { label: string; className?: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`no-print rounded border border-brand-800 bg-white px-3 py-1.5 text-sm font-medium text-brand-900 hover:bg-brand-50 ${className}`}
    >
      {label}
    </button>
  );
}
