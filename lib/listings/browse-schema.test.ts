import { describe, expect, it } from 'vitest';
import { meetingPositionSchema, parseLetter, parsePage } from './browse-schema';

describe('browsing URL parameters', () => {
  it('reads ?page= as a positive whole number and anything else as page 1', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage(' 12 ')).toBe(12);
    expect(parsePage(['2', '5'])).toBe(2);
    for (const bad of [undefined, '', '0', '-1', '1.5', 'abc', '1e3', '9999999', '<script>']) expect(parsePage(bad), String(bad)).toBe(1);
  });

  it('reads ?letter= as A–Z in either case or "#", and anything else as no letter', () => {
    expect(parseLetter('q')).toBe('Q');
    expect(parseLetter('#')).toBe('#');
    for (const bad of [undefined, '', 'AB', 'É', '1', '%']) expect(parseLetter(bad), String(bad)).toBeNull();
  });

  it('accepts only non-negative whole numbers as a meeting position', () => {
    expect(meetingPositionSchema.safeParse('0').data).toBe(0);
    expect(meetingPositionSchema.safeParse('12').data).toBe(12);
    for (const bad of ['', '-1', '1.5', 'one', '0x1', ' 1', '12345']) expect(meetingPositionSchema.safeParse(bad).success, bad).toBe(false);
  });
});
