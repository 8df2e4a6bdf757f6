import { describe, expect, it } from 'vitest';
import { nameWordCover, parseTsquery } from './name-words.ts';

// Sizes of each word's list; a word not listed is rare.
const sizes: Record<string, number> = { grief: 19_900, companion: 8_600, compan: 160, bereav: 9_400, support: 50_000 };
const size = (w: string) => sizes[w] ?? 0;
const cover = (q: string) => nameWordCover(q, size)?.sort() ?? null;

describe('nameWordCover, on tsqueries as PostgreSQL prints them', () => {
  it('takes the word itself, once, from both readings', () => {
    expect(cover("'bereav' | 'bereav'")).toEqual(['bereav']);
  });

  it('takes the smaller list of words that must all be there, from each reading', () => {
    expect(cover("'grief' <-> 'companion' & !'pet' | 'grief' <-> 'compan' & !'pet'")).toEqual(['compan', 'companion']);
    expect(cover("'support' & 'grief'")).toEqual(['grief']);
  });

  it('takes every side of an OR', () => {
    // & binds tighter than |: each "loss and wife" side gives its first
    // rarest word, "loss" (unlisted words count as rare).
    expect(cover("'grief' | 'loss' & !'pet' & 'wife' | 'grief' | 'loss' & !'pet' & 'my' <-> 'wif'")).toEqual(['grief', 'loss']);
    expect(cover("'support' | 'grief' & 'companion'")).toEqual(['companion', 'support']);
  });

  it('gives none where a match need not hold any word: an exclusion alone, a prefix, or a side without one', () => {
    expect(cover("!'pet'")).toBeNull();
    expect(cover("'word':*A")).toBeNull();
    expect(cover("'grief' | !'pet'")).toBeNull();
    expect(cover("'grief':* | 'loss'")).toBeNull();
  });

  it('reads weights, numbered phrases, parentheses and quotes in a word', () => {
    expect(cover("'grief':AB & 'support'")).toEqual(['grief']);
    expect(cover("'a' <2> ( 'b' | !'c' )")).toEqual(['a']);
    expect(cover("'it''s' & 'zz'")).toEqual(["it's"]);
    expect(cover("'back\\\\slash'")).toEqual(['back\\slash']);
  });

  it('gives none for text that is not a tsquery, rather than guess', () => {
    expect(parseTsquery('')).toBeNull();
    expect(parseTsquery("'grief' &")).toBeNull();
    expect(parseTsquery("( 'grief'")).toBeNull();
    expect(parseTsquery("'grief")).toBeNull();
    expect(parseTsquery('grief')).toBeNull();
    expect(parseTsquery("'a' <x> 'b'")).toBeNull();
    expect(cover("'a' 'b'")).toBeNull();
  });
});
