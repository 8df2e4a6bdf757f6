import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv.ts';

describe('CSV files people open in a spreadsheet', () => {
  it('turns a cell that a spreadsheet would run as a formula into text', () => {
    for (const attack of ['=HYPERLINK("http://evil.example","Click")', '+1+cmd|calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralise(attack)).toBe(`'${attack}`);
    }
    expect(neutralise('Grief support')).toBe('Grief support');
  });

  it('leaves phone numbers and coordinates alone in the HSDS files, but not a formula hiding behind a plus', () => {
    expect(neutralise('+1 613 555 0100', true)).toBe('+1 613 555 0100');
    expect(neutralise('-76.486', true)).toBe('-76.486');
    expect(neutralise('+HYPERLINK("x")', true)).toBe(`'+HYPERLINK("x")`);
  });

  it('quotes commas, quotes and line breaks, and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, "y"', b: 'two\nlines' }, { a: 1 }])).toBe('a,b\r\n"x, ""y""","two\nlines"\r\n1,\r\n');
  });
});
