import Link from 'next/link';

type Props = {
  label: string;
  letters: readonly string[];
  /** Letters that have something to show; the rest are listed but not linked. */
  available: ReadonlySet<string>;
  hrefFor: (letter: string) => string;
  current?: string;
  /** What a letter without entries lacks, for screen readers ("topics", "groups"). */
  noun: string;
};

/** A–Z index: every letter is shown so the alphabet stays recognisable; only useful ones are links. */
export function LetterIndex({ label, letters, available, hrefFor, current, noun }: Props) {
  return (
    <nav aria-label={label} className="no-print mt-4">
      <ul className="flex flex-wrap gap-1" data-testid="letter-index">
        {letters.map((letter) => {
          const isCurrent = letter === current;
          const box = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2';
          return (
            <li key={letter}>
              {available.has(letter) ? (
                <Link
                  href={hrefFor(letter)}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`${box} border font-semibold ${isCurrent ? 'border-brand-800 bg-brand-800 text-white! no-underline! ring-2 ring-brand-800 ring-offset-2' : 'border-slate-300'}`}
                >
                  {letter}
                  {letter === '#' && <span className="sr-only"> (names starting with a number)</span>}
                </Link>
              ) : (
                <span
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`${box} text-slate-600 ${isCurrent ? 'border-2 border-slate-600' : ''}`}
                >
                  {letter}
                  <span className="sr-only"> (no {noun})</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
