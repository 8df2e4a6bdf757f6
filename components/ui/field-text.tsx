// A field's hint and its error text, each with the id the control's
// aria-describedby names (see lib/forms/field-ids.ts).
import type { ReactNode } from 'react';
import { LOOKS, type Density } from './looks';

export function Hint({ id, density = 'compact', children }: { id: string; density?: Density; children: ReactNode }) {
  return (
    <p id={id} className={LOOKS[density].hint}>
      {children}
    </p>
  );
}

/** Nothing when there is no message; several messages read as one sentence run. */
export function ErrorText({ id, messages, density = 'compact' }: { id: string; messages: readonly string[] | undefined; density?: Density }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className={LOOKS[density].error}>
      {/* Roomy says "Error:" to screen readers; compact shows a sign instead, hidden from them. */}
      {density === 'roomy' ? <span className="sr-only">Error: </span> : <span aria-hidden="true">⚠ </span>}
      {messages.join(' ')}
    </p>
  );
}
