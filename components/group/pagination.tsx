import Link from 'next/link';

type Props = {
  page: number;
  pageCount: number;
  /** Path and the other query parameters to keep, e.g. { letter: 'A' }. */
  basePath: string;
  query?: Record<string, string>;
  label: string;
};

export function pageHref(basePath: string, query: Record<string, string>, page: number): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/** Previous / next links that work without JavaScript; nothing when one page holds everything. */
export function Pagination({ page, pageCount, basePath, query = {}, label }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="no-print mt-6">
      <ul className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <li>
          {page > 1 ? (
            <Link href={pageHref(basePath, query, page - 1)} rel="prev">
              Previous page
            </Link>
          ) : (
            <span className="text-slate-600">Previous page</span>
          )}
        </li>
        <li aria-current="page">
          Page {page} of {pageCount}
        </li>
        <li>
          {page < pageCount ? (
            <Link href={pageHref(basePath, query, page + 1)} rel="next">
              Next page
            </Link>
          ) : (
            <span className="text-slate-600">Next page</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
