// Where meetings are, as the tags the search_facets_and_tiers migration
// keeps in Group.places for each meeting place: its cell on grids of 0.1° ("p1"),
// 0.5° ("p2") and 2° ("p3"). A near-me search asks the search index for the
// cells its circle touches, then skips the exact distance check for groups
// meeting in a cell wholly inside the circle. Cell sizes must match the
// migration; the 2° grid is no longer asked for.
import { EARTHDISTANCE_RADIUS_KM, haversineKm } from '../geo/gazetteer.ts';

const GRIDS = { p1: 10, p2: 2, p3: 0.5 } as const; // cells per degree
type Grid = keyof typeof GRIDS;

const KM_PER_DEGREE = (Math.PI / 180) * EARTHDISTANCE_RADIUS_KM;

type Circle = { lat: number; lng: number; radiusKm: number };

/** The cells of one grid that the circle touches, and those wholly inside it. */
function cells(c: Circle, grid: Grid): { touched: string[]; inside: string[] } {
  const perDegree = GRIDS[grid];
  const size = 1 / perDegree;
  // A little slack, so rounding never drops a cell the circle touches.
  const reach = c.radiusKm * 1.01;
  const dLat = reach / KM_PER_DEGREE;
  const poleward = Math.min(89.9, Math.abs(c.lat) + dLat);
  const dLng = Math.min(180, reach / (KM_PER_DEGREE * Math.cos((poleward * Math.PI) / 180)));
  const touched: string[] = [];
  const inside: string[] = [];
  const km = (lat: number, lng: number) => haversineKm(c, { lat, lng }, EARTHDISTANCE_RADIUS_KM);
  for (let i = Math.floor((c.lat - dLat) * perDegree); i <= Math.floor((c.lat + dLat) * perDegree); i++) {
    for (let j = Math.floor((c.lng - dLng) * perDegree); j <= Math.floor((c.lng + dLng) * perDegree); j++) {
      const [s, n, w, e] = [i * size, (i + 1) * size, j * size, (j + 1) * size];
      // The cell's point nearest the centre: clamp the centre into the cell.
      if (km(Math.min(Math.max(c.lat, s), n), Math.min(Math.max(c.lng, w), e)) > reach) continue;
      touched.push(`${grid}:${i}:${j}`);
      // Wholly inside when its farthest corner is, with the slack the other way.
      if (Math.max(km(s, w), km(s, e), km(n, w), km(n, e)) <= c.radiusKm * 0.99) inside.push(`${grid}:${i}:${j}`);
    }
  }
  return { touched, inside };
}

/**
 * The cells a circle touches, on a grid fine enough that most of a town-sized
 * circle is covered by cells wholly `inside` it (their groups need no
 * distance check) and coarse enough to keep the look-up to a few dozen
 * cells; `edge` cells are crossed by its rim, and their groups are measured.
 * A group in neither meets too far away.
 */
export function placeTags(c: Circle): { inside: string[]; edge: string[] } {
  const { touched, inside } = cells(c, c.radiusKm <= 25 ? 'p1' : 'p2');
  return { inside, edge: touched.filter((t) => !inside.includes(t)) };
}

/** The tag of a meeting place on one grid, as the migration computes it. */
export function placeTagOf(lat: number, lng: number, grid: Grid): string {
  return `${grid}:${Math.floor(lat * GRIDS[grid])}:${Math.floor(lng * GRIDS[grid])}`;
}
