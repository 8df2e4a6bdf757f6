// Which page numbers a pager shows: the first, the last, the current page and
// its neighbours, with a gap wherever pages are left out. A gap never stands
// for a single page (1 … 3 reads worse than 1 2 3 and takes the same room).
export type PageItem = number | 'gap';

/**
 * The pager's items for `current` of `count` pages, e.g. pageList(6, 20) →
 * [1, 'gap', 5, 6, 7, 'gap', 20]. A current page out of range is brought
 * inside it; no pages gives an empty list.
 */
export function pageList(current: number, count: number, neighbours = 1): PageItem[] {
  const last = Math.floor(count);
  if (!(last >= 1)) return [];
  const here = Math.min(Math.max(Math.floor(Number.isFinite(current) ? current : 1), 1), last);
  const shown = new Set<number>([1, last]);
  for (let p = here - neighbours; p <= here + neighbours; p++) if (p >= 1 && p <= last) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const p of pages) {
    if (p - previous === 2) items.push(p - 1);
    else if (p - previous > 2) items.push('gap');
    items.push(p);
    previous = p;
  }
  return items;
}
