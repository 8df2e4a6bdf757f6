import { describe, expect, it } from 'vitest';
import data from './gazetteer-data.json' with { type: 'json' };
import {
  EARTHDISTANCE_RADIUS_KM,
  EARTH_RADIUS_KM,
  GAZETTEER_SOURCE,
  haversineKm,
  lookupPlace,
  normalizePlaceQuery,
  suggestPlaces,
  type LatLng,
} from './gazetteer.ts';
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

  it('only looks at the first 100 characters', () => {
    expect(lookupPlace(`Toronto${' '.repeat(10_000)}`)?.label).toBe('Toronto');
    expect(lookupPlace(`${'a'.repeat(100)}Toronto`)).toBeNull();
    expect(normalizePlaceQuery('a'.repeat(10_000)).length).toBeLessThanOrEqual(100);
  });

  it('handles a 10 KB string quickly', () => {
    const start = performance.now();
    for (let i = 0; i < 100; i++) lookupPlace('ab '.repeat(3500));
    expect(performance.now() - start).toBeLessThan(1000);
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
