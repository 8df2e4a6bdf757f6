import type { TocEntry } from '@/lib/fact-sheets/render';

type Branch = { entry: TocEntry; children: TocEntry[] };

/** h2 sections, with their h3 subsections nested under them. */
function nest(toc: TocEntry[]): Branch[] {
  const out: Branch[] = [];
  for (const entry of toc) {
    const parent = out.at(-1);
    if (entry.depth === 3 && parent) parent.children.push(entry);
    else out.push({ entry, children: [] });
  }
  return out;
}

// At least 24 px tall: a list of links is not running text (WCAG 2.5.8).
const LINK = 'inline-flex min-h-7 items-center';

export function TableOfContents({ toc, className = '' }: { toc: TocEntry[]; className?: string }) {
  if (toc.length < 2) return null;
  return (
    <nav aria-label="On this page" className={`rounded border border-slate-200 p-4 text-sm ${className}`}>
      <h2 id="on-this-page" className="font-semibold text-brand-900">
        On this page
      </h2>
      <ol className="mt-2 space-y-1.5">
        {nest(toc).map(({ entry, children }) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className={LINK}>
              {entry.text}
            </a>
            {children.length > 0 && (
              <ol className="mt-1 space-y-1 pl-4">
                {children.map((c) => (
                  <li key={c.id}>
                    <a href={`#${c.id}`} className={LINK}>
                      {c.text}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
