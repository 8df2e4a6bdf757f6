import { describe, expect, it } from 'vitest';
import { isStale, staleBefore } from './freshness.ts';

const now = new Date('2026-12-06T15:00:00Z');

describe('whether a visitor is warned that a listing may be out of date', () => {
  it('warns about a listing nobody has ever checked', () => {
    expect(isStale(null, now)).toBe(true);
  });

  it('does not warn about a listing checked this year', () => {
    expect(isStale(new Date('2026-11-20T10:00:00Z'), now)).toBe(false);
    expect(isStale(new Date('2026-01-02T10:00:00Z'), now)).toBe(false);
  });

  it('warns from the day the last check is twelve months old', () => {
    expect(isStale(new Date('2025-12-06T15:00:01Z'), now)).toBe(false);
    expect(isStale(new Date('2025-12-06T15:00:00Z'), now)).toBe(true);
    expect(isStale(new Date('2024-03-01T00:00:00Z'), now)).toBe(true);
  });

  it('treats an unreadable date as never checked', () => {
    expect(isStale(new Date('not a date'), now)).toBe(true);
  });

  it('gives staff the same cut-off as visitors', () => {
    expect(staleBefore(now).toISOString()).toBe('2025-12-06T15:00:00.000Z');
  });
});
