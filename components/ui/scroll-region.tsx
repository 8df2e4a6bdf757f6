import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when the table in it is wider than the
 * screen (a phone). It is a named region a keyboard can reach, so a column
 * scrolled out of view can be scrolled back without a mouse (WCAG 2.1.1;
 * axe's scrollable-region-focusable). Whether a table overflows depends on
 * what it holds that day, so every such box is one of these.
 */
export function ScrollRegion({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`.trim()}>
      {children}
    </div>
  );
}
