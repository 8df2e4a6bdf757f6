'use client';
// The list of problems at the top of the form, each linking to its field.
// Focus moves here after every refused attempt, so screen reader and
// keyboard users start from the list.
import { useEffect, useRef } from 'react';
import { CONTACT_METHODS, FIELD_ORDER, READINESS_ITEMS, type FieldErrors, type FieldName } from '@/lib/validation/referral';
import { fieldId } from './field';

export function anchorFor(field: FieldName): string {
  if (field === 'clientContactMethod') return fieldId(`clientContactMethod-${CONTACT_METHODS[0]}`);
  if (field === 'readiness') return fieldId(`readiness-${READINESS_ITEMS[0]?.id ?? ''}`);
  if (field === 'idempotencyKey') return 'referral-target';
  return fieldId(field);
}

export function ErrorSummary({ errors, message, focusKey }: { errors: FieldErrors; message: string | null; focusKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== '0-0') ref.current?.focus();
  }, [focusKey]);
  const fields = FIELD_ORDER.filter((f) => errors[f]);
  if (fields.length === 0 && !message) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="my-6 rounded border-2 border-red-700 bg-white p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-red-900">
        {fields.length > 0 ? 'There is a problem' : 'The referral was not sent'}
      </h2>
      {message && <p className="mt-2">{message}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {fields.map((f) => (
            <li key={f}>
              <a
                href={`#${anchorFor(f)}`}
                className="font-medium text-red-900"
                onClick={(e) => {
                  const target = document.getElementById(anchorFor(f));
                  if (!target) return;
                  e.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }}
              >
                {errors[f]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
