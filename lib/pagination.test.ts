import { describe, expect, it } from 'vitest';
import { pageList } from './pagination.ts';

describe('the page numbers a pager shows', () => {
  it('shows every page when there are few', () => {
    expect(pageList(1, 1)).toEqual([1]);
    expect(pageList(2, 3)).toEqual([1, 2, 3]);
    expect(pageList(1, 5)).toEqual([1, 2, 'gap', 5]);
    expect(pageList(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first and last pages and the neighbours of the current one, with gaps between', () => {
    expect(pageList(6, 20)).toEqual([1, 'gap', 5, 6, 7, 'gap', 20]);
    expect(pageList(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageList(20, 20)).toEqual([1, 'gap', 19, 20]);
  });

  it('shows a lone left-out page instead of a gap that hides just one', () => {
    expect(pageList(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageList(17, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
  });

  it('takes a wider window when asked', () => {
    expect(pageList(10, 20, 2)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
  });

  it('brings a page out of range inside it, and has nothing to show for no pages', () => {
    expect(pageList(0, 6)).toEqual([1, 2, 'gap', 6]);
    expect(pageList(99, 6)).toEqual([1, 'gap', 5, 6]);
    expect(pageList(Number.NaN, 3)).toEqual([1, 2, 3]);
    expect(pageList(1, 0)).toEqual([]);
  });
});
