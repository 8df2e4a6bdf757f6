import { describe, expect, it } from 'vitest';
import { describeConcepts, interpret, normalizeWords } from './interpret.ts';

describe('reading what a visitor typed', () => {
  it.each([
    ['lost my husband', 'bereavement'],
    ['greif support', 'bereavement'],
    ['deuil', 'bereavement'],
    ['gambling problem', 'addictions'],
    ['narcotics', 'addictions'],
    ['AA', 'addictions'],
    ['12 step', 'addictions'],
    ['Al-Anon', 'addictions'],
    ['alanon', 'addictions'],
    ['baby', 'family-parenting'],
    ['wheelchair user', 'disability'],
  ])('“%s” points to %s first', (q, topic) => {
    expect(interpret(q).topics[0]).toBe(topic);
  });

  it('reads a relative’s drinking as addiction and family together', () => {
    for (const q of ['my husband drinks', 'partner drinks', 'my son uses drugs']) {
      const { topics } = interpret(q);
      expect(topics, q).toContain('addictions');
      expect(topics, q).toContain('family-parenting');
    }
  });

  it('reads Alzheimer’s with or without the apostrophe, and misspelt, as caregiving and seniors', () => {
    for (const q of ["alzheimer's", 'alzheimers', 'alzhiemers']) {
      expect(interpret(q).topics, q).toEqual(expect.arrayContaining(['caregiving', 'seniors']));
    }
  });

  it('asks for wheelchair access when a wheelchair is mentioned', () => {
    expect(interpret('wheelchair user').access).toEqual(['wheelchair']);
  });

  it('keeps the words that are not part of a phrase, without filler', () => {
    const r = interpret('quilting circle for my zebra');
    expect(r.concepts).toEqual([]);
    expect(r.rest).toEqual(['quilting', 'circle', 'zebra']);
  });

  it('does not turn short or unrelated words into a topic', () => {
    expect(interpret('the of and').topics).toEqual([]);
    expect(interpret('xqzv').topics).toEqual([]);
  });

  it('copes with markup, operators, control characters and very long text', () => {
    for (const q of ['<script>alert(1)</script>', "!!:* & | ' \\", '\u0000\u0007deuil\u202e', 'a'.repeat(10_000), '悲しみ grief 😢']) {
      expect(() => interpret(q)).not.toThrow();
    }
    expect(interpret('\u0000deuil').topics[0]).toBe('bereavement');
  });

  it('normalizes accents, apostrophes and hyphens', () => {
    expect(normalizeWords("Être aidant d’un parent — Al-Anon")).toEqual(['etre', 'aidant', 'dun', 'parent', 'al', 'anon']);
  });

  it('names what it looked for in a sentence', () => {
    const { concepts } = interpret('gambling problem');
    expect(describeConcepts(concepts)).toMatch(/gambling/);
    expect(describeConcepts([])).toBe('');
  });
});
