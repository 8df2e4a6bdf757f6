// Line-by-line comparison of two revisions' Markdown, for the staff console.
import { diffLines } from 'diff';

export type DiffLine = { kind: 'added' | 'removed' | 'same'; text: string };

export function lineDiff(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  for (const change of diffLines(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const lines = change.value.replace(/\n$/, '').split('\n');
    for (const text of lines) out.push({ kind, text });
  }
  return out;
}
