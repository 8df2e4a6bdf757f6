import { describe, expect, it } from 'vitest';
import { readSearch } from './request.ts';
import { parseSearchParams } from './schema.ts';

describe('readSearch', () => {
  it('parses as parseSearchParams does, repeated and comma-separated values included', () => {
    const params = { q: 'grief', topic: ['bereavement', 'seniors'], day: 'mon,tue', page: '2', bogus: 'x' };
    expect(readSearch(params)).toEqual(parseSearchParams(params));
  });
});
