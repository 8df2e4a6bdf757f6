import { describe, it, expect } from 'vitest';
import { escapeText, foldLine, localDateTime, paramValue, utcDateTime, utcOffset } from './ics-text';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash first, then ; , and every newline style', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps continuation lines (leading space included) within 75 octets', () => {
    const physical = foldLine('y'.repeat(300)).split('\r\n');
    expect(physical.map(octets).every((n) => n <= 75)).toBe(true);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('y'.repeat(300));
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'🌱'.repeat(20)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.map(octets).every((n) => n <= 75)).toBe(true);
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

describe('value formats', () => {
  it('formats local and UTC date-times and offsets', () => {
    expect(localDateTime({ year: 2026, month: 3, day: 8 }, { hour: 2, minute: 30 })).toBe('20260308T023000');
    expect(utcDateTime(new Date('2026-02-01T12:34:56.789Z'))).toBe('20260201T123456Z');
    expect(utcOffset(-5 * 3_600_000)).toBe('-0500');
    expect(utcOffset(-3.5 * 3_600_000)).toBe('-0330');
    expect(utcOffset(0)).toBe('+0000');
    expect(utcOffset(5.5 * 3_600_000 + 7_000)).toBe('+053007');
  });

  it('quotes parameter values only when they need it', () => {
    expect(paramValue('America/Toronto')).toBe('America/Toronto');
    expect(paramValue('Odd;Zone')).toBe('"Odd;Zone"');
  });
});
