import { describe, expect, it } from 'vitest';
import { pageList } from '../../components/search/pagination';

describe('pageList', () => {
  it('shows first, last and neighbours with gaps', () => {
    expect(pageList(10, 25)).toEqual([1, 'gap', 9, 10, 11, 'gap', 25]);
  });
  it('fills a gap of one page with the page itself', () => {
    expect(pageList(4, 25)).toEqual([1, 2, 3, 4, 5, 'gap', 25]);
  });
  it('lists every page when there are few', () => {
    expect(pageList(1, 3)).toEqual([1, 2, 3]);
    expect(pageList(2, 2)).toEqual([1, 2]);
  });
});
