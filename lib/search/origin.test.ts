import { describe, expect, it } from 'vitest';
import { parseSearchParams } from './schema.ts';
import { understandPlace } from './origin.ts';

const read = (params: Record<string, string>) => understandPlace(parseSearchParams(params).filters);

describe('understandPlace', () => {
  it('reads a misspelt town and says how', () => {
    const u = read({ where: 'Kingstn' });
    expect(u.origin?.label).toBe('Kingston');
    expect(u.place).toMatchObject({ typed: 'Kingstn', how: 'spelling', fromQuery: false });
  });

  it('finds the postal code in a full address', () => {
    const u = read({ where: 'Kingston ON K7L 2V7' });
    expect(u.origin).not.toBeNull();
    expect(u.notFound).toBeNull();
  });

  it('reads Muskoka as a region and widens the radius to cover it', () => {
    const u = read({ where: 'Muskoka' });
    expect(u.place?.kind).toBe('region');
    expect(u.origin?.radiusKm).toBeGreaterThan(25);
    expect(u.place?.widenedToKm).toBe(u.origin?.radiusKm);
  });

  it('keeps a wider radius the visitor chose for a region', () => {
    expect(read({ where: 'Muskoka', radius: '100' }).origin?.radiusKm).toBe(100);
  });

  it('moves a town at the end of the words to the place box', () => {
    const u = read({ q: 'grief support kingston' });
    expect(u.filters.q).toBe('grief support');
    expect(u.filters.where).toBe('kingston');
    expect(u.place).toMatchObject({ label: 'Kingston', fromQuery: true });
  });

  it('drops the joining word before the place', () => {
    const u = read({ q: 'aa meetings in toronto' });
    expect(u.filters.q).toBe('aa meetings');
    expect(u.origin?.label).toBe('Toronto');
  });

  it('takes two-word towns', () => {
    expect(read({ q: 'youth drop in thunder bay' }).origin?.label).toBe('Thunder Bay');
  });

  it('leaves a query that is only a place, or has no place, alone', () => {
    expect(read({ q: 'kingston' }).filters.q).toBe('kingston');
    expect(read({ q: 'kingston' }).origin).toBeNull();
    expect(read({ q: 'lost my husband' }).origin).toBeNull();
    expect(read({ q: 'finding hope' }).filters.q).toBe('finding hope');
  });

  it('does not override a place the visitor typed in the place box', () => {
    const u = read({ q: 'grief support kingston', where: 'Ottawa' });
    expect(u.filters.q).toBe('grief support kingston');
    expect(u.origin?.label).toBe('Ottawa');
  });

  it('offers the closest known places for one it does not know', () => {
    const u = read({ where: 'Kingstonville' });
    expect(u.origin).toBeNull();
    expect(u.notFound).toBe('Kingstonville');
    expect(u.closest.length).toBeGreaterThan(0);
  });

  it('gives no closest places for nonsense', () => {
    const u = read({ where: 'zzzzqqqq' });
    expect(u.notFound).toBe('zzzzqqqq');
    expect(u.closest).toEqual([]);
  });

  it('treats "near me" as a request for the browser location, not a place', () => {
    const u = read({ q: 'grief', where: 'near me' });
    expect(u.askedForNearMe).toBe(true);
    expect(u.filters.where).toBe('');
    expect(u.notFound).toBeNull();
  });

  it('uses the browser coordinates when no place is typed', () => {
    const u = read({ lat: '44.23', lng: '-76.48' });
    expect(u.origin).toMatchObject({ lat: 44.23, lng: -76.48, label: 'your location' });
  });
});
