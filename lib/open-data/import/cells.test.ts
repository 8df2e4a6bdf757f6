import { describe, expect, it } from 'vitest';
import { decodeUtf8, formulaProblem } from './cells.ts';

describe('reading uploaded text', () => {
  it('reads UTF-8, and names the first line that is not', () => {
    expect(decodeUtf8(new TextEncoder().encode('name\nCafé l’Amitié\n'))).toEqual({ ok: true, text: 'name\nCafé l’Amitié\n' });
    const latin1 = new Uint8Array([...new TextEncoder().encode('name\nok\nCaf'), 0xe9, 0x0a]);
    expect(decodeUtf8(latin1)).toEqual({ ok: false, line: 3 });
  });

  it('refuses cells a spreadsheet would run as a formula, but not numbers or phone numbers', () => {
    for (const cell of ['=HYPERLINK("https://x.example","Click")', '@SUM(A1)', '+cmd|x', '-2+3', '\t=1']) expect(formulaProblem(cell), cell).toMatch(/formulas are not accepted/);
    for (const cell of ['-1', '+1 416 555 0100', '-12.5', 'Tuesday = quiet night', '']) expect(formulaProblem(cell), cell).toBeNull();
  });
});
