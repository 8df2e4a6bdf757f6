import { searchHref, type SearchFilters } from '@/lib/search/schema';

export function Pagination({ f, page, pageCount }: { f: SearchFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => searchHref({ ...f, page: p }, { page: p });
  const pages = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav aria-label="Pages of results" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev" className="inline-block rounded border border-slate-400 px-3 py-1">
              Previous
            </a>
          </li>
        ) : null}
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className="inline-block rounded bg-brand-800 px-3 py-1 font-semibold text-white">
                {p}
              </span>
            ) : (
              <a href={href(p)} className="inline-block rounded border border-slate-400 px-3 py-1" aria-label={`Page ${p}`}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} rel="next" className="inline-block rounded border border-slate-400 px-3 py-1">
              Next
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
