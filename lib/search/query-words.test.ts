import { describe, expect, it } from 'vitest';
import { hasExclusion, requiredWords } from './query-words.ts';

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

describe('requiredWords', () => {
  it('lists the words of phrases and the words not excluded', () => {
    expect(requiredWords('"grief companions" -pet')).toEqual(['grief', 'companions']);
    expect(requiredWords('new mom')).toEqual(['new', 'mom']);
    expect(requiredWords('self-help "for parents" group')).toEqual(['self-help', 'for', 'parents', 'group']);
    expect(requiredWords('grief - loss')).toEqual(['grief', 'loss']);
    expect(requiredWords('"one"')).toEqual(['one']);
  });

  it('gives up where no word is needed by every match, or the shape is unusual', () => {
    expect(requiredWords('cats or dogs')).toBeNull();
    expect(requiredWords('cats OR dogs')).toBeNull();
    expect(requiredWords('grief -"pet loss"')).toBeNull();
    expect(requiredWords('a"b c"d')).toBeNull();
    expect(requiredWords('"unbalanced phrase')).toBeNull();
    expect(requiredWords('closing" only')).toBeNull();
  });

  it('keeps "or" inside a phrase, where it is a word', () => {
    expect(requiredWords('"sink or swim"')).toEqual(['sink', 'or', 'swim']);
  });
});
