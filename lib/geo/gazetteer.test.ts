import { describe, expect, it } from 'vitest';
import data from './gazetteer-data.json' with { type: 'json' };
import {
  EARTHDISTANCE_RADIUS_KM,
  EARTH_RADIUS_KM,
  GAZETTEER_SOURCE,
  MIN_SPELLING_POPULATION,
  closestPlaces,
  editDistance,
  haversineKm,
  lookupPlace,
  normalizePlaceQuery,
  suggestPlaces,
  type LatLng,
} from './gazetteer.ts';
import { REGIONS } from './regions.ts';
import { SEED_TOWNS } from './towns.ts';

// City-hall / downtown coordinates, independent of the bundled data.
const CENTRES: Record<string, LatLng> = {
  Toronto: { lat: 43.6532, lng: -79.3832 },
  Ottawa: { lat: 45.4215, lng: -75.6972 },
  Hamilton: { lat: 43.2557, lng: -79.8711 },
  London: { lat: 42.9849, lng: -81.2453 },
  Kitchener: { lat: 43.4516, lng: -80.4925 },
  Guelph: { lat: 43.5448, lng: -80.2482 },
  Kingston: { lat: 44.2312, lng: -76.486 },
  Windsor: { lat: 42.3149, lng: -83.0364 },
  Sudbury: { lat: 46.4917, lng: -80.993 },
  Barrie: { lat: 44.3894, lng: -79.6903 },
  Peterborough: { lat: 44.3091, lng: -78.3197 },
  Oshawa: { lat: 43.8971, lng: -78.8658 },
  'St. Catharines': { lat: 43.1594, lng: -79.2469 },
  'Thunder Bay': { lat: 48.3809, lng: -89.2477 },
};

const QUERIES: [query: string, centre: string][] = [
  ['Toronto', 'Toronto'],
  ['Toronto, ON', 'Toronto'],
  ['toronto ontario', 'Toronto'],
  ['  TORONTO  ', 'Toronto'],
  ['Ottawa', 'Ottawa'],
  ['Hamilton', 'Hamilton'],
  ['London', 'London'],
  ['London, Ontario, Canada', 'London'],
  ['Kitchener', 'Kitchener'],
  ['Guelph', 'Guelph'],
  ['Kingston', 'Kingston'],
  ['Windsor', 'Windsor'],
  ['Sudbury', 'Sudbury'],
  ['Greater Sudbury', 'Sudbury'],
  ['Barrie', 'Barrie'],
  ['Peterborough', 'Peterborough'],
  ['Oshawa', 'Oshawa'],
  ['St. Catharines', 'St. Catharines'],
  ['St Catharines', 'St. Catharines'],
  ['Saint Catharines', 'St. Catharines'],
  ['st.catharines', 'St. Catharines'],
  ['Thunder Bay', 'Thunder Bay'],
];

describe('lookupPlace: towns', () => {
  it.each(QUERIES)('%s resolves within 15 km of %s', (query, centre) => {
    const hit = lookupPlace(query);
    expect(hit).not.toBeNull();
    expect(hit!.kind).toBe('town');
    expect(haversineKm(hit!, CENTRES[centre]!)).toBeLessThan(15);
  });

  it('resolves London to London, Ontario, not London, UK', () => {
    const hit = lookupPlace('London')!;
    expect(hit.label).toBe('London');
    expect(haversineKm(hit, CENTRES.London!)).toBeLessThan(15);
    expect(haversineKm(hit, { lat: 51.5074, lng: -0.1278 })).toBeGreaterThan(5000);
  });

  it('labels towns with their proper spelling', () => {
    expect(lookupPlace('saint catharines')?.label).toBe('St. Catharines');
    expect(lookupPlace('sudbury')?.label).toBe('Greater Sudbury');
    expect(lookupPlace('sault ste marie')?.label).toBe('Sault Ste. Marie');
  });

  it('picks the most populous of two places with the same name', () => {
    const redLakes = data.places.filter((p) => p.name === 'Red Lake');
    expect(redLakes.length).toBeGreaterThan(1);
    const biggest = redLakes.reduce((a, b) => (b.population > a.population ? b : a));
    expect(lookupPlace('Red Lake')).toMatchObject({ lat: biggest.lat, lng: biggest.lng });
  });

  it('lets a real town outrank the "Greater ..." alias of another', () => {
    const napanee = data.places.find((p) => p.name === 'Napanee')!;
    expect(lookupPlace('Napanee')).toMatchObject({ label: 'Napanee', lat: napanee.lat, lng: napanee.lng });
  });

  it('falls back to the most populous town starting with the query', () => {
    expect(lookupPlace('Lond')?.label).toBe('London');
    expect(lookupPlace('thunder')?.label).toBe('Thunder Bay');
    expect(lookupPlace('Peterb')?.label).toBe('Peterborough');
  });

  it('does not guess a town from one or two letters', () => {
    expect(lookupPlace('T')).toBeNull();
    expect(lookupPlace('Ki')).toBeNull();
  });

  it('finds communities only the postal data names, accent or not', () => {
    const orleans = lookupPlace('Orléans');
    expect(orleans).toMatchObject({ label: 'Orleans', kind: 'town' });
    expect(haversineKm(orleans!, { lat: 45.4765, lng: -75.5125 })).toBeLessThan(5);
    expect(lookupPlace('orleans')).toEqual(orleans);
  });

  it('honours a province given with the town', () => {
    expect(lookupPlace('Toronto, ON')?.label).toBe('Toronto');
    expect(lookupPlace('Toronto, BC')).toBeNull(); // the data is Ontario-only
  });

  it('resolves every place in the data to a place of that name', () => {
    for (const p of data.places) expect(lookupPlace(p.name)?.label, p.name).toBe(p.name);
  });
});

describe('lookupPlace: postal codes', () => {
  it.each(['M5V 3L9', 'm5v3l9', 'M5V', 'm5v', ' M5V-3L9 ', 'Ｍ５Ｖ ３Ｌ９'])('%s resolves to FSA M5V in Toronto', (q) => {
    const hit = lookupPlace(q);
    expect(hit).toMatchObject({ kind: 'postal', label: 'M5V (Toronto)' });
    expect(haversineKm(hit!, CENTRES.Toronto!)).toBeLessThan(5);
  });

  it('resolves K1A to Ottawa', () => {
    const hit = lookupPlace('K1A');
    expect(hit).toMatchObject({ kind: 'postal', label: 'K1A (Ottawa)' });
    expect(haversineKm(hit!, CENTRES.Ottawa!)).toBeLessThan(5);
    expect(lookupPlace('k1a 0a6')).toEqual(hit);
  });

  it('uses the corrected centre for K1N (the source puts it in Kanata)', () => {
    expect(haversineKm(lookupPlace('K1N 6N5')!, CENTRES.Ottawa!)).toBeLessThan(3);
  });

  it('resolves every FSA in the data to itself', () => {
    for (const p of data.postal) expect(lookupPlace(p.code), p.code).toMatchObject({ kind: 'postal', lat: p.lat, lng: p.lng });
  });

  it('returns null for codes it does not know', () => {
    expect(lookupPlace('Z9Z 9Z9')).toBeNull();
    expect(lookupPlace('H2X 1Y4')).toBeNull(); // Montréal: not in the Ontario data
  });
});

describe('hostile input', () => {
  const HOSTILE: unknown[] = [
    '',
    '   ',
    '\t\n',
    'x'.repeat(10 * 1024),
    'Toronto'.repeat(2000),
    '🏠🙏💚',
    "'; DROP TABLE groups; --",
    "Robert'); DROP TABLE students;--",
    "%' OR '1'='1",
    '\\x00\u0000\u0000',
    '<script>alert(1)</script>',
    'תל אביב',
    'تورنتو',
    '\u202Eotnorot',
    '(((((((((.*)*)*)*)*)*)*)*)*)$',
    null,
    undefined,
    42,
    {},
  ];

  it.each(HOSTILE.map((h) => [h]))('lookupPlace(%j) returns null without throwing', (input) => {
    expect(() => lookupPlace(input as string)).not.toThrow();
    expect(lookupPlace(input as string)).toBeNull();
  });

  it.each(HOSTILE.map((h) => [h]))('suggestPlaces(%j) returns [] without throwing', (input) => {
    expect(suggestPlaces(input as string)).toEqual([]);
  });

  it.each(HOSTILE.map((h) => [h]))('closestPlaces(%j) returns [] without throwing', (input) => {
    expect(closestPlaces(input as string)).toEqual([]);
  });

  // Inputs that may well find a place, but must never throw or return
  // something malformed.
  const AWKWARD: string[] = [
    '<b>Toronto</b>',
    '<img src=x onerror=alert(1)>Kingston',
    'Toronto\u0000\u0007\u001b[31m',
    '\u0000'.repeat(5000),
    'Kingston 🏠🙏, ON 💚',
    'Toronto東京',
    'Торонто',
    'Mu\u0301skoka',
    ',,,,,;;;;;||||////'.repeat(600),
    'King St, '.repeat(1200),
    'K7L '.repeat(2500),
    '123 '.repeat(2500),
    'a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z',
    'region of county of district of area of the',
    '\uFEFFOttawa\u200B',
    '\uD800Barrie', // a lone surrogate
  ];

  it.each(AWKWARD.map((a) => [a]))('lookupPlace and closestPlaces cope with %j', (input) => {
    const hit = lookupPlace(input);
    if (hit) {
      expect(['postal', 'town', 'region']).toContain(hit.kind);
      expect(['exact', 'prefix', 'spelling', 'in-text']).toContain(hit.how);
      expect(Number.isFinite(hit.lat) && Number.isFinite(hit.lng)).toBe(true);
    }
    expect(Array.isArray(closestPlaces(input))).toBe(true);
  });

  it('finds a place through markup and control characters', () => {
    expect(lookupPlace('<b>Toronto</b>')?.label).toBe('Toronto');
    expect(lookupPlace('Toronto\u0000\u0007')?.label).toBe('Toronto');
    expect(lookupPlace('Kingston 🏠🙏, ON 💚')?.label).toBe('Kingston');
  });

  it('only looks at the first 100 characters', () => {
    expect(lookupPlace(`Toronto${' '.repeat(10_000)}`)?.label).toBe('Toronto');
    expect(lookupPlace(`${'a'.repeat(100)}Toronto`)).toBeNull();
    expect(normalizePlaceQuery('a'.repeat(10_000)).length).toBeLessThanOrEqual(100);
  });

  // A 10 KB string costs what its first 100 characters cost: the answer
  // (and the work) is that of the cut text. No timing here; it would measure
  // the machine.
  it('reads a 10 KB string as its first 100 characters', () => {
    const long = 'ab '.repeat(3500);
    expect(lookupPlace(long)).toEqual(lookupPlace(long.slice(0, 100)));
    expect(normalizePlaceQuery(long)).toBe(normalizePlaceQuery(long.slice(0, 100)));
  });
});

describe('normalizePlaceQuery', () => {
  it('folds accents, case, spacing and punctuation', () => {
    expect(normalizePlaceQuery('Orléans')).toBe(normalizePlaceQuery('ORLEANS'));
    expect(normalizePlaceQuery('  Thunder    Bay ')).toBe('thunder bay');
    expect(normalizePlaceQuery('Clarence-Rockland')).toBe('clarence rockland');
  });

  it('treats St. / St / Saint alike', () => {
    const key = normalizePlaceQuery('Saint Catharines');
    expect(normalizePlaceQuery('St. Catharines')).toBe(key);
    expect(normalizePlaceQuery('st catharines')).toBe(key);
    expect(normalizePlaceQuery('Sault Ste. Marie')).toBe(normalizePlaceQuery('sault sainte marie'));
  });

  it('drops a trailing province or country', () => {
    expect(normalizePlaceQuery('Toronto, ON')).toBe('toronto');
    expect(normalizePlaceQuery('toronto ontario')).toBe('toronto');
    expect(normalizePlaceQuery('Kingston, Ont., Canada')).toBe('kingston');
    expect(normalizePlaceQuery('Ontario')).toBe('ontario'); // never empties the query
  });
});

describe('suggestPlaces', () => {
  it('suggests Kitchener and Kingston for "Ki", most populous first', () => {
    const s = suggestPlaces('Ki');
    expect(s).toContain('Kitchener');
    expect(s).toContain('Kingston');
    expect(s.indexOf('Kitchener')).toBeLessThan(s.indexOf('Kingston'));
  });

  it('respects the limit and never repeats a name', () => {
    expect(suggestPlaces('S', 3)).toHaveLength(3);
    expect(suggestPlaces('S')).toHaveLength(8);
    expect(suggestPlaces('Red')).toEqual([...new Set(suggestPlaces('Red'))]);
    expect(suggestPlaces('To', 0)).toEqual([]);
    expect(suggestPlaces('To', Number.NaN)).toContain('Toronto');
  });

  it('matches the spellings people type', () => {
    expect(suggestPlaces('St Cath')).toEqual(['St. Catharines']);
    expect(suggestPlaces('saint c')).toEqual(['St. Catharines']);
    expect(suggestPlaces('Sud')).toContain('Greater Sudbury');
    expect(suggestPlaces('St')).toContain('Stratford');
  });
});

describe('haversineKm', () => {
  it('measures Toronto to Ottawa as about 352 km', () => {
    expect(haversineKm(CENTRES.Toronto!, CENTRES.Ottawa!)).toBeCloseTo(352, -1);
  });

  it('is zero for one point and symmetric', () => {
    expect(haversineKm(CENTRES.Guelph!, CENTRES.Guelph!)).toBe(0);
    expect(haversineKm(CENTRES.Windsor!, CENTRES.Barrie!)).toBeCloseTo(haversineKm(CENTRES.Barrie!, CENTRES.Windsor!), 9);
  });

  it('scales with the radius, so it can reproduce earthdistance', () => {
    const a = CENTRES.Kingston!;
    const b = CENTRES.Peterborough!;
    expect(haversineKm(a, b, EARTHDISTANCE_RADIUS_KM) / haversineKm(a, b)).toBeCloseTo(EARTHDISTANCE_RADIUS_KM / EARTH_RADIUS_KM, 9);
  });
});

describe('the bundled data', () => {
  it('credits its sources', () => {
    expect(GAZETTEER_SOURCE).toMatch(/GeoNames/);
    expect(GAZETTEER_SOURCE).toMatch(/CC BY 4\.0/);
    expect(GAZETTEER_SOURCE).toMatch(/zipcodes/);
  });

  it('is Ontario, sorted by population, with plausible coordinates', () => {
    expect(data.places.length).toBeGreaterThan(200);
    expect(data.postal.length).toBeGreaterThan(500);
    for (const [i, p] of data.places.entries()) {
      expect(p.province).toBe('ON');
      expect(p.population).toBeGreaterThanOrEqual(1000);
      if (i > 0) expect(p.population).toBeLessThanOrEqual(data.places[i - 1]!.population);
    }
    for (const p of [...data.places, ...data.postal]) {
      expect(p.lat, JSON.stringify(p)).toBeGreaterThan(41.6);
      expect(p.lat, JSON.stringify(p)).toBeLessThan(57);
      expect(p.lng, JSON.stringify(p)).toBeGreaterThan(-95.2);
      expect(p.lng, JSON.stringify(p)).toBeLessThan(-74.3);
    }
    for (const p of data.postal) expect(p.code).toMatch(/^[KLMNP][0-9][A-Z]$/);
  });
});

describe('SEED_TOWNS', () => {
  const REQUIRED = [
    'Toronto', 'Ottawa', 'Hamilton', 'London', 'Kitchener', 'Waterloo', 'Guelph', 'Kingston', 'Windsor', 'Greater Sudbury',
    'Barrie', 'Peterborough', 'Oshawa', 'St. Catharines', 'Thunder Bay', 'Brampton', 'Mississauga', 'Belleville', 'North Bay',
    'Sault Ste. Marie',
  ];

  it('covers the required towns, once each', () => {
    const names = SEED_TOWNS.map((t) => t.name);
    expect(names.length).toBeGreaterThanOrEqual(16);
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  it.each(SEED_TOWNS.map((t) => [t.name, t]))('%s matches the gazetteer', (_, town) => {
    const place = data.places.find((p) => p.name === town.name);
    expect(place).toBeDefined();
    expect({ lat: town.lat, lng: town.lng }).toEqual({ lat: place!.lat, lng: place!.lng });
    expect(lookupPlace(town.name)).toMatchObject({ lat: town.lat, lng: town.lng });
    expect(town.region).toBe('ON');

    expect(town.postalPrefixes.length).toBeGreaterThanOrEqual(2);
    expect(town.postalPrefixes.length).toBeLessThanOrEqual(4);
    for (const code of town.postalPrefixes) {
      const fsa = data.postal.find((p) => p.code === code);
      expect(fsa?.place, code).toBe(town.name);
      expect(haversineKm(fsa!, town), code).toBeLessThan(15);
    }

    expect(town.streets.length).toBeGreaterThanOrEqual(5);
    expect(town.streets.length).toBeLessThanOrEqual(8);
    expect(new Set(town.streets).size).toBe(town.streets.length);
  });
});

// ----------------------------------------------------------- how it was read

const RADII = [10, 25, 50, 100];
const labelOf = (q: string) => lookupPlace(q)?.label;

describe('lookupPlace: says how it read the query', () => {
  it('marks whole names and codes as exact and starts of names as prefix', () => {
    expect(lookupPlace('Toronto')).toMatchObject({ label: 'Toronto', kind: 'town', how: 'exact' });
    expect(lookupPlace('M5V 3L9')).toMatchObject({ kind: 'postal', how: 'exact' });
    expect(lookupPlace('Orléans')).toMatchObject({ kind: 'town', how: 'exact' });
    expect(lookupPlace('Lond')).toMatchObject({ label: 'London', how: 'prefix' });
  });

  it('gives a radius only for regions', () => {
    expect(lookupPlace('Toronto')?.radiusKm).toBeUndefined();
    expect(lookupPlace('K1A')?.radiusKm).toBeUndefined();
    expect(RADII).toContain(lookupPlace('Muskoka')?.radiusKm);
  });
});

describe('lookupPlace: misspelt towns', () => {
  const MISSPELT: [typed: string, town: string][] = [
    ['Kingstn', 'Kingston'],
    ['Kingtson', 'Kingston'], // two letters swapped
    ['iKngston', 'Kingston'], // the first two swapped
    ['Hamiltn', 'Hamilton'],
    ['Peterbourough', 'Peterborough'],
    ['Missisauga', 'Mississauga'],
    ['Otawa', 'Ottawa'],
    ['Ottowa', 'Ottawa'],
    ['Barie', 'Barrie'],
    ['Londn', 'London'],
    ['Scarbrough', 'Scarborough'],
    ['Thunderbay', 'Thunder Bay'],
    ['Niagra Falls', 'Niagara Falls'],
    ['Sault Ste Mary', 'Sault Ste. Marie'],
    ['Whitbey', 'Whitby'], // a community from the postal data
    ['KINGSTN, ON', 'Kingston'],
  ];

  it.each(MISSPELT)('reads %j as %s', (typed, town) => {
    const hit = lookupPlace(typed);
    const right = lookupPlace(town)!;
    expect(hit).toMatchObject({ label: right.label, lat: right.lat, lng: right.lng, kind: 'town', how: 'spelling' });
  });

  it('allows one edit up to 7 letters and two from 8', () => {
    expect(labelOf('Hamltn')).toBeUndefined(); // 6 letters, 2 edits
    expect(labelOf('Peterbrogh')).toBe('Peterborough'); // 10 letters, 2 edits
    expect(labelOf('Ptrbrogh')).toBeUndefined(); // 8 letters, 4 edits
  });

  it('never corrects fewer than 4 letters', () => {
    expect(lookupPlace('Ajx')).toBeNull();
    expect(lookupPlace('Kng')).toBeNull();
  });

  it('only corrects towards towns of a meaningful size', () => {
    const small = data.places.find((p) => p.name === 'Tobermory')!;
    expect(small.population).toBeLessThan(MIN_SPELLING_POPULATION);
    expect(lookupPlace('Tobermory')?.label).toBe('Tobermory'); // exact names still work
    expect(lookupPlace('Tobermoy')).toBeNull();
  });

  it('keeps the first letter, so ordinary words are not read as places', () => {
    expect(lookupPlace('needs')).toBeNull(); // not Leeds
    expect(lookupPlace('work')).toBeNull(); // not York
    expect(lookupPlace('online')).toBeNull();
    expect(lookupPlace('virtual')).toBeNull();
  });

  it('prefers the more populous town when two are as close', () => {
    // "Othawa" is one letter from both Ottawa and Oshawa.
    expect(editDistance('othawa', 'ottawa', 2)).toBe(1);
    expect(editDistance('othawa', 'oshawa', 2)).toBe(1);
    expect(labelOf('Othawa')).toBe('Ottawa');
  });

  it('prefers the town really called that over a "Greater ..." alias', () => {
    expect(labelOf('Napnaee')).toBe('Napanee');
  });

  it('finds 1,000 misspellings of the larger towns', () => {
    // Six letters or more, so that dropping one leaves a name of 5+ ("Pais" is a prefix of Paisley).
    const towns = data.places.filter((p) => p.population >= MIN_SPELLING_POPULATION && p.name.replace(/\W/g, '').length >= 6);
    const misspelt = Array.from({ length: 1000 }, (_, i) => {
      const town = towns[i % towns.length]!;
      const at = 1 + (i % (town.name.length - 1)); // never the first letter
      return { town, typed: town.name.slice(0, at) + town.name.slice(at + 1) };
    });
    let itself = 0;
    for (const { town, typed } of misspelt) {
      const hit = lookupPlace(typed);
      expect(hit, typed).not.toBeNull();
      // Usually the town itself; a few become a prefix of a neighbour ("Napane" -> Greater Napanee).
      expect(haversineKm(hit!, town), `${typed} -> ${hit!.label}`).toBeLessThan(30);
      if (hit!.label === town.name) itself++;
    }
    expect(itself).toBeGreaterThan(950);
  });

  it('knows the names locals use', () => {
    expect(labelOf('the Soo')).toBe('Sault Ste. Marie');
    expect(labelOf('St. Kitts')).toBe('St. Catharines');
    expect(labelOf('the Hammer')).toBe('Hamilton');
    expect(labelOf('T.O.')).toBe('Toronto');
  });

  it('returns null for junk', () => {
    expect(lookupPlace('xqzv')).toBeNull();
    expect(lookupPlace('zzzzzzzzzzzz')).toBeNull();
  });
});

describe('lookupPlace: counties, regions and districts', () => {
  const AREAS: [typed: string, region: string][] = [
    ['Muskoka', 'Muskoka'],
    ['Durham Region', 'Durham Region'],
    ['Durham', 'Durham Region'],
    ['Niagara', 'Niagara Region'],
    ['York Region', 'York Region'],
    ['Peel', 'Peel Region'],
    ['Halton', 'Halton Region'],
    ['Waterloo Region', 'Waterloo Region'],
    ['Simcoe County', 'Simcoe County'],
    ['Prince Edward County', 'Prince Edward County'],
    ['Haliburton', 'Haliburton County'],
    ['Grey Bruce', 'Grey-Bruce'],
    ['Grey-Bruce', 'Grey-Bruce'],
    ['Frontenac', 'Frontenac County'],
    ['Lanark', 'Lanark County'],
    ['Renfrew County', 'Renfrew County'],
    ['Northumberland', 'Northumberland County'],
    ['Kawartha Lakes', 'Kawartha Lakes'],
    ['Algoma', 'Algoma District'],
    ['Thunder Bay District', 'Thunder Bay District'],
    ['Sudbury District', 'Sudbury District'],
    ['Lennox and Addington', 'Lennox and Addington'],
    ['Leeds & Grenville', 'Leeds and Grenville'],
    ['Stormont Dundas and Glengarry', 'Stormont, Dundas and Glengarry'],
    ['SDG', 'Stormont, Dundas and Glengarry'],
    ['Chatham-Kent', 'Chatham-Kent'],
    ['Ottawa Valley', 'Ottawa Valley'],
    ['GTA', 'Greater Toronto Area'],
    ['Golden Horseshoe', 'Golden Horseshoe'],
  ];

  it.each(AREAS)('%s is the region %s, with a radius', (typed, region) => {
    const hit = lookupPlace(typed);
    expect(hit).toMatchObject({ label: region, kind: 'region', how: 'exact' });
    expect(RADII).toContain(hit!.radiusKm);
  });

  it.each([
    'durham',
    'DURHAM REGION',
    'Region of Durham',
    'Regional Municipality of Durham',
    'the Durham area',
    'Durham Region, Ontario',
    'Durham Region ON Canada',
  ])('reads %j as Durham Region', (typed) => {
    expect(lookupPlace(typed)).toMatchObject({ label: 'Durham Region', kind: 'region' });
  });

  it('accepts any way of writing the kind, in English or French, with accents or not', () => {
    expect(labelOf('County of Simcoe')).toBe('Simcoe County');
    expect(labelOf('District of Muskoka')).toBe('Muskoka');
    expect(labelOf('District Municipality of Muskoka')).toBe('Muskoka');
    expect(labelOf('Muskoka District')).toBe('Muskoka');
    expect(labelOf('Région de Niagara')).toBe('Niagara Region');
    expect(labelOf('Comtés unis de Prescott et Russell')).toBe('Prescott and Russell');
    expect(labelOf('united counties of leeds and grenville')).toBe('Leeds and Grenville');
  });

  it('lets a town win over a region of the same name', () => {
    expect(lookupPlace('Peterborough')).toMatchObject({ label: 'Peterborough', kind: 'town' });
    expect(lookupPlace('Peterborough County')).toMatchObject({ label: 'Peterborough County', kind: 'region' });
    expect(lookupPlace('Waterloo')).toMatchObject({ label: 'Waterloo', kind: 'town' });
    expect(lookupPlace('Sudbury')).toMatchObject({ label: 'Greater Sudbury', kind: 'town' });
    expect(lookupPlace('Thunder Bay')).toMatchObject({ label: 'Thunder Bay', kind: 'town' });
    expect(lookupPlace('Simcoe')).toMatchObject({ label: 'Simcoe', kind: 'town' });
    expect(lookupPlace('Renfrew')).toMatchObject({ label: 'Renfrew', kind: 'town' });
    expect(lookupPlace('Toronto')).toMatchObject({ label: 'Toronto', kind: 'town', how: 'exact' });
  });

  it('prefers a region to a town that merely starts with its name', () => {
    expect(lookupPlace('Niagara')?.kind).toBe('region'); // not Niagara Falls
    expect(lookupPlace('Haliburton')?.kind).toBe('region'); // not Haliburton Village
    expect(lookupPlace('Musk')).toMatchObject({ label: 'Muskoka', how: 'prefix' });
  });

  it('reads misspelt regions', () => {
    expect(lookupPlace('Muskoak')).toMatchObject({ label: 'Muskoka', kind: 'region', how: 'spelling' });
    expect(lookupPlace('Niagra')).toMatchObject({ label: 'Niagara Region', how: 'spelling' });
    expect(lookupPlace('Durham Regoin')).toMatchObject({ label: 'Durham Region', how: 'spelling' });
    expect(lookupPlace('Northumberlnd')).toMatchObject({ label: 'Northumberland County', how: 'spelling' });
  });

  it('does not treat a bare kind as a place', () => {
    for (const q of ['County', 'Region', 'District', 'Region of', 'the area']) expect(lookupPlace(q), q).toBeNull();
  });

  it('honours a province given with the region', () => {
    expect(lookupPlace('Muskoka, ON')?.label).toBe('Muskoka');
    expect(lookupPlace('Muskoka, BC')).toBeNull();
  });

  it('centres regions near their main town', () => {
    const near: [region: string, town: string, km: number][] = [
      ['Muskoka', 'Bracebridge', 15],
      ['Waterloo Region', 'Kitchener', 10],
      ['Durham Region', 'Oshawa', 30],
      ['Niagara Region', 'St. Catharines', 15],
      ['Peel Region', 'Brampton', 10],
      ['Halton Region', 'Milton', 10],
      ['Simcoe County', 'Barrie', 10],
      ['Kawartha Lakes', 'Lindsay', 10],
      ['Lanark County', 'Perth', 20],
      ['Prince Edward County', 'Picton', 10],
      ['Thunder Bay District', 'Thunder Bay', 10],
      ['Greater Toronto Area', 'Toronto', 10],
    ];
    for (const [region, town, km] of near) expect(haversineKm(lookupPlace(region)!, lookupPlace(town)!), region).toBeLessThan(km);
  });
});

describe('REGIONS', () => {
  it('has Ontario centres and radii from the allowed list', () => {
    expect(REGIONS.length).toBeGreaterThanOrEqual(50);
    for (const r of REGIONS) {
      expect(r.province, r.name).toBe('ON');
      expect(RADII, r.name).toContain(r.radiusKm);
      expect(r.lat, r.name).toBeGreaterThan(41.6);
      expect(r.lat, r.name).toBeLessThan(57);
      expect(r.lng, r.name).toBeGreaterThan(-95.2);
      expect(r.lng, r.name).toBeLessThan(-74.3);
    }
  });

  it('names each region once', () => {
    const names = REGIONS.map((r) => normalizePlaceQuery(r.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('resolves every name and alias to its region, or to a town of exactly that name', () => {
    for (const r of REGIONS) {
      for (const name of [r.name, ...r.aliases]) {
        const hit = lookupPlace(name);
        if (hit?.kind === 'town') expect(normalizePlaceQuery(hit.label), name).toBe(normalizePlaceQuery(name));
        else expect(hit?.label, name).toBe(r.name);
      }
    }
  });
});

describe('lookupPlace: a place inside a longer text', () => {
  const KINGSTON_CENTRE = { lat: 44.2312, lng: -76.486 };

  it.each(['Kingston ON K7L 2V7', 'K7L 2V7 Canada', 'Kingston, ON K7L2V7', 'my postal code is k7l-2v7'])(
    'finds the postal code in %j',
    (typed) => {
      const hit = lookupPlace(typed);
      expect(hit).toMatchObject({ kind: 'postal', label: 'K7L (Kingston)', how: 'in-text' });
      expect(haversineKm(hit!, KINGSTON_CENTRE)).toBeLessThan(5);
    },
  );

  it('finds a full postal code at the end of an address', () => {
    expect(lookupPlace('Unit 4, 250 Dundas St W, Toronto ON M5T 2Z5')).toMatchObject({ kind: 'postal', label: 'M5T (Toronto)' });
  });

  it('ignores postal codes it does not know', () => {
    expect(lookupPlace('Montréal QC H2X 1Y4')).toBeNull();
  });

  const ADDRESSES: [typed: string, place: string][] = [
    ['123 Princess St, Kingston, Ontario', 'Kingston'],
    ['123 Princess Street Kingston', 'Kingston'],
    ['near downtown Ottawa', 'Ottawa'],
    ['Toronto east end', 'Toronto'],
    ['City of Toronto', 'Toronto'],
    ['King St W, Kitchener', 'Kitchener'],
    ['55 King St, Kitchener ON', 'Kitchener'],
    ['Kingston Rd, Pickering', 'Pickering'],
    ['Kingston Rd Pickering', 'Pickering'],
    ['rue King, Hawkesbury', 'Hawkesbury'],
    ['Oshawa, Durham Region', 'Oshawa'],
    ['Bracebridge, Muskoka', 'Bracebridge'],
    ['Kingston, Frontenac County', 'Kingston'],
    ['Ottawa, Kingston', 'Kingston'], // addresses end with the town
    ['Welcome to Niagara Falls', 'Niagara Falls'], // the longest name, not Niagara
    ['Highway 7 Peterborough', 'Peterborough'],
    ['somewhere in Muskoka', 'Muskoka'],
    ['Muskoka Lakes', 'Muskoka'],
  ];

  it.each(ADDRESSES)('reads %j as %s', (typed, place) => {
    expect(lookupPlace(typed)).toMatchObject({ label: place, how: 'in-text' });
  });

  it('does not read a street name as a town', () => {
    expect(lookupPlace('King St')).toBeNull(); // not King, Ontario
    expect(lookupPlace('55 King')).toBeNull();
    expect(lookupPlace('123 Main St, Vancouver, BC')).toBeNull();
    expect(lookupPlace('Toronto, BC')).toBeNull();
  });

  it('reads a misspelt town in an address', () => {
    expect(lookupPlace('123 Princess St, Kingstn, Ontario')).toMatchObject({ label: 'Kingston', how: 'spelling' });
    expect(lookupPlace('Kingstn, Frontenac')).toMatchObject({ label: 'Kingston', how: 'spelling' }); // a town beats a region
  });

  it('only looks at the first 100 characters of a long address', () => {
    expect(lookupPlace(`${'x '.repeat(60)}Kingston`)).toBeNull();
    expect(lookupPlace(`Kingston${' x'.repeat(5000)}`)?.label).toBe('Kingston');
  });
});

describe('closestPlaces', () => {
  it('suggests Kingston for "Kingstn", first', () => {
    expect(closestPlaces('Kingstn')).toContain('Kingston');
    expect(closestPlaces('Kingstn')[0]).toBe('Kingston');
  });

  it('suggests towns and regions, nearest first', () => {
    expect(closestPlaces('Peterbourough')).toEqual(expect.arrayContaining(['Peterborough', 'Peterborough County']));
    expect(closestPlaces('Muskoak')).toContain('Muskoka');
    expect(closestPlaces('Hallton')[0]).toBe('Halton Region');
    expect(closestPlaces('Missisauga')).toContain('Mississauga');
  });

  it('is looser than lookupPlace', () => {
    expect(lookupPlace('Hamltn')).toBeNull();
    expect(closestPlaces('Hamltn')).toContain('Hamilton');
    expect(closestPlaces('Tobermoy')).toContain('Tobermory'); // small towns too
  });

  it('returns [] for junk and for fewer than 4 letters', () => {
    for (const q of ['xqzv', 'zzzzzzzzzzzz', '', 'Ki', 'K7L 2V7', '   ']) expect(closestPlaces(q), q).toEqual([]);
  });

  it('respects the limit and never repeats a name', () => {
    expect(closestPlaces('Ottawa', 2)).toHaveLength(2);
    expect(closestPlaces('Ottawa', 0)).toEqual([]);
    expect(closestPlaces('Ottawa', Number.NaN).length).toBeGreaterThan(0);
    const names = closestPlaces('Sudbery', 50);
    expect(names).toEqual([...new Set(names)]);
  });

  it('honours a province given with the name', () => {
    expect(closestPlaces('Kingstn, ON')).toContain('Kingston');
    expect(closestPlaces('Kingstn, BC')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('kingston', 'kingston', 2)).toBe(0);
    expect(editDistance('kingstn', 'kingston', 2)).toBe(1);
    expect(editDistance('kingtson', 'kingston', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('stops at max + 1', () => {
    expect(editDistance('aaaa', 'bbbb', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
