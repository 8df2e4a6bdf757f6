import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff.ts';

describe('comparing two revisions line by line', () => {
  it('marks removed and added lines and keeps unchanged ones in order', () => {
    expect(lineDiff('# Title\nOld line\nSame end\n', '# Title\nNew line\nSame end\n')).toEqual([
      { kind: 'same', text: '# Title' },
      { kind: 'removed', text: 'Old line' },
      { kind: 'added', text: 'New line' },
      { kind: 'same', text: 'Same end' },
    ]);
  });

  it('shows identical texts as unchanged only', () => {
    expect(lineDiff('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
  });
});
