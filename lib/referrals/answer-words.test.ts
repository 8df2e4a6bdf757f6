import { describe, expect, it } from 'vitest';
import { readinessInWords } from './answer-words.ts';

describe('the readiness answers staff read', () => {
  it('are the checklist statements the professional ticked, under the checklist headings, never the stored codes', () => {
    const words = readinessInWords(['wants-self-help', 'actively-using', 'shares-concern']);
    expect(words.sections).toEqual([
      { heading: 'Likely to benefit', ticked: [
        { text: 'Your client shares the concern or life issue that the group is about.', warning: false },
        { text: 'Your client wants to try self-help.', warning: false },
      ] },
      { heading: 'Not ready yet', ticked: [{ text: 'Your client is currently using alcohol or drugs.', warning: true }] },
    ]);
    expect(JSON.stringify(words)).not.toMatch(/wants-self-help|actively-using/);
    expect(words.retired).toBe(0);
  });

  it('count an answer the checklist no longer has instead of showing its code', () => {
    expect(readinessInWords(['an-old-question'])).toEqual({ sections: [], retired: 1 });
  });
});
