import Link from 'next/link';
import { LEADERSHIP_POINTS } from './labels';

/**
 * Where the group sits between member-led and professionally led. The
 * group's point is marked in words and with a border and weight, never by
 * colour alone.
 */
export function LeadershipScale({ point }: { point: number }) {
  const current = LEADERSHIP_POINTS.find((p) => p.point === point);
  if (!current) return null;
  return (
    <section aria-labelledby="leadership-heading" className="mt-8">
      <h2 id="leadership-heading" className="text-xl font-semibold">
        Who leads the group
      </h2>
      <p className="mt-1" data-testid="leadership-summary">
        This group is at point {current.point} of 5: {current.label.toLowerCase()}. {current.detail}
      </p>
      <ol className="mt-3 grid gap-1 sm:grid-cols-5" data-testid="leadership-scale" aria-label="Leadership scale, from member-led (1) to professionally led (5)">
        {LEADERSHIP_POINTS.map((p) => {
          const here = p.point === current.point;
          return (
            <li
              key={p.point}
              aria-current={here ? 'true' : undefined}
              className={
                here
                  ? 'rounded border-2 border-brand-800 bg-brand-50 p-2 font-semibold text-brand-900'
                  : 'rounded border border-dashed border-slate-400 p-2 text-slate-700'
              }
            >
              <span className="block text-sm">
                {p.point}. {p.label}
              </span>
              {here && (
                <span className="block text-sm">
                  <span aria-hidden="true"> ◆ </span>This group
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="no-print mt-2 text-sm">
        <Link href="/fact-sheets/self-help-101" prefetch={false} className="inline-block py-0.5">What self-help groups are, and how they are led</Link>
      </p>
    </section>
  );
}
