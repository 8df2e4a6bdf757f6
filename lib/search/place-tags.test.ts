import { describe, expect, it } from 'vitest';
import { placeTagOf, placeTags } from './place-tags.ts';
import { EARTHDISTANCE_RADIUS_KM, haversineKm } from '../geo/gazetteer.ts';
import { RADII_KM } from './schema.ts';

const CENTRES = [{ lat: 43.6532, lng: -79.3832 }, { lat: 48.3809, lng: -89.2477 }, { lat: 45.0, lng: -75.0 }];
const grids = ['p1', 'p2', 'p3'] as const;

describe('place tags', () => {
  it('touch the cells of every point inside the circle, and call inside only cells wholly inside', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (const radiusKm of RADII_KM) {
      for (const centre of CENTRES) {
        const { inside, edge } = placeTags({ ...centre, radiusKm });
        const insideSet = new Set(inside);
        const fineSet = new Set([...inside, ...edge]);
        for (let n = 0; n < 3000; n++) {
          // Points scattered over the box around the circle.
          const p = { lat: centre.lat + ((random() - 0.5) * radiusKm) / 50, lng: centre.lng + ((random() - 0.5) * radiusKm) / 35 };
          const within = haversineKm(centre, p, EARTHDISTANCE_RADIUS_KM) <= radiusKm;
          const cellsOfP = grids.map((g) => placeTagOf(p.lat, p.lng, g));
          if (within) {
            expect(cellsOfP.some((t) => fineSet.has(t)), `${p.lat},${p.lng} r=${radiusKm}`).toBe(true);
          }
          // A point in an "inside" cell is always within the radius.
          if (cellsOfP.some((t) => insideSet.has(t))) expect(within, `${p.lat},${p.lng} r=${radiusKm}`).toBe(true);
        }
      }
    }
  });

  it('look up a few dozen cells at most, so the index look-up stays cheap', () => {
    for (const radiusKm of RADII_KM) {
      for (const centre of CENTRES) {
        const { inside, edge } = placeTags({ ...centre, radiusKm });
        expect(inside.length + edge.length).toBeLessThanOrEqual(60);
      }
    }
  });

  it('find fine cells wholly inside a town-sized circle', () => {
    expect(placeTags({ lat: 44.23, lng: -76.48, radiusKm: 25 }).inside.length).toBeGreaterThan(4);
    expect(placeTags({ lat: 44.23, lng: -76.48, radiusKm: 100 }).inside.length).toBeGreaterThan(4);
    expect(placeTags({ lat: 44.23, lng: -76.48, radiusKm: 5 }).inside).toEqual([]);
  });
});
