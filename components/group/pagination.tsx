import Link from 'next/link';
import { pageList } from '@/lib/pagination';

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

// Every control is at least 44 × 44 px (a primary control on a phone).
const BOX = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3';
const LINK = `${BOX} border border-slate-400 no-underline! hover:bg-brand-50`;

/**
 * Previous, the page numbers (first, last, the current one and its
 * neighbours) and next, as links that work without JavaScript; nothing when
 * one page holds everything.
 */
export function Pagination({ page, pageCount, basePath, query = {}, label }: Props) {
  if (pageCount <= 1) return null;
  const href = (p: number) => pageHref(basePath, query, p);
  return (
    <nav aria-label={label} className="no-print mt-6">
      <p className="sr-only">
        Page {page} of {pageCount}
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={LINK}>
              Previous page
            </Link>
          </li>
        )}
        {pageList(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-700">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${BOX} border-2 border-brand-800 bg-brand-800 font-bold text-white`}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} className={LINK}>
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={LINK}>
              Next page
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
