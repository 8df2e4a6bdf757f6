import { describe, expect, it } from 'vitest';
import { hasExclusion } from './query-words.ts';

describe('hasExclusion', () => {
  it('spots a word excluded with a leading minus', () => {
    expect(hasExclusion('cancer -breast')).toBe(true);
    expect(hasExclusion('-pet grief')).toBe(true);
    expect(hasExclusion('"grief companions" -pet')).toBe(true);
  });

  it('ignores hyphens inside words and a lone minus', () => {
    expect(hasExclusion('self-help')).toBe(false);
    expect(hasExclusion('new mom')).toBe(false);
    expect(hasExclusion('grief - loss')).toBe(false);
  });
});
