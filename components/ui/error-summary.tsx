'use client';
// The list of problems at the top of a refused form, each linking to its
// field; following a link moves focus into the field. Given a focusKey, the
// summary also takes focus whenever a new refused attempt comes back, so
// screen reader and keyboard users start from the list.
import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldErrors } from '@/lib/forms/field-errors';
import type { Density } from './looks';

type Props = {
  message: string | null;
  fieldErrors: FieldErrors;
  /** The id of the element a key's link goes to; the key itself by default. */
  targetOf?: (key: string) => string;
  /** The keys to list, in the form's order; every key, as found, by default. */
  order?: readonly string[];
  density?: Density;
  /** Roomy only: the summary's heading ("There is a problem"). */
  heading?: string;
  /** Focus moves to the summary on each new non-null value (one per refused attempt). */
  focusKey?: string | null;
};

const LOOK = {
  // The test ids are what the e2e specs look for.
  roomy: { box: 'my-6 rounded border-2 border-red-700 bg-white p-4', testId: 'error-summary', message: 'mt-2', list: 'mt-2 list-disc space-y-1 pl-6', link: 'font-medium text-red-900' },
  compact: { box: 'rounded border-2 border-red-800 bg-red-50 p-4', testId: 'form-errors', message: 'font-semibold', list: 'mt-2 list-disc pl-5', link: undefined },
} as const;

function focusField(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ message, fieldErrors, targetOf = (k) => k, order, density = 'compact', heading, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey != null) ref.current?.focus();
  }, [focusKey]);
  const keys = (order ?? Object.keys(fieldErrors)).filter((k) => fieldErrors[k]?.length);
  if (keys.length === 0 && !message) return null;
  const look = LOOK[density];
  const titled = density === 'roomy' && heading;
  return (
    <div
      ref={ref}
      tabIndex={focusKey === undefined ? undefined : -1}
      role="alert"
      aria-labelledby={titled ? 'error-summary-title' : undefined}
      className={look.box}
      data-testid={look.testId}
    >
      {titled && (
        <h2 id="error-summary-title" className="text-xl font-bold text-red-900">
          {heading}
        </h2>
      )}
      {message && <p className={look.message}>{message}</p>}
      {keys.length > 0 && (
        <ul className={look.list}>
          {keys.map((k) => (
            <li key={k}>
              <a href={`#${targetOf(k)}`} className={look.link} onClick={(e) => focusField(e, targetOf(k))}>
                {fieldErrors[k]?.join(' ')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
