import { pageList } from '@/lib/pagination';
import { searchHref, type SearchFilters } from '@/lib/search/schema';

const box = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3';

export function Pagination({ f, page, pageCount }: { f: SearchFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => searchHref({ ...f, page: p }, { page: p });
  return (
    <nav aria-label="Pages of results" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev" className={`${box} border border-slate-400`}>
              Previous
            </a>
          </li>
        ) : null}
        {pageList(page, pageCount).map((p, i) => (
          <li key={p === 'gap' ? `gap-${i}` : p}>
            {p === 'gap' ? (
              <span className="px-1" aria-hidden="true">
                …
              </span>
            ) : p === page ? (
              <span aria-current="page" className={`${box} bg-brand-800 font-semibold text-white`}>
                {p}
              </span>
            ) : (
              <a href={href(p)} className={`${box} border border-slate-400`} aria-label={`Page ${p}`}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} rel="next" className={`${box} border border-slate-400`}>
              Next
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
