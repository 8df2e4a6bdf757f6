// Offline gazetteer for the "Where?" box: a town name or a postal code
// (or its first three characters) -> coordinates, without any geocoding
// service, so nothing a visitor types leaves our server. Pure functions over
// gazetteer-data.json, which scripts/gazetteer/build.ts generates (see
// docs/decisions/006-gazetteer.md). Safe to import on the server or the client.
import data from './gazetteer-data.json' with { type: 'json' };

export type GazetteerPlace = { name: string; province: string; lat: number; lng: number; population: number };
export type GazetteerPostal = { code: string; place: string; province: string; lat: number; lng: number };
export type GazetteerData = {
  source: string;
  country: string;
  provinces: string[];
  places: GazetteerPlace[];
  postal: GazetteerPostal[];
};
export type LatLng = { lat: number; lng: number };
export type PlaceMatch = { label: string; lat: number; lng: number; kind: 'postal' | 'town' };

/** Input beyond this many characters is ignored. */
export const MAX_QUERY_LENGTH = 100;
/** Mean Earth radius (IUGG), the default for haversineKm. */
export const EARTH_RADIUS_KM = 6371.0088;
/** The sphere PostgreSQL's earthdistance uses (earth() = 6378168 m); pass it to haversineKm to reproduce SQL. */
export const EARTHDISTANCE_RADIUS_KM = 6378.168;

const GAZETTEER = data as GazetteerData;
/** Credits for the bundled data (GeoNames CC BY 4.0, the zipcodes package). */
export const GAZETTEER_SOURCE: string = GAZETTEER.source;

// ---------------------------------------------------------------- normalising

// Trailing words naming a province or the country: "Toronto, ON",
// "toronto ontario", "Kingston, Ont., Canada".
const CA_REGION_WORDS: Record<string, string | null> = {
  canada: null,
  on: 'ON', ont: 'ON', ontario: 'ON',
  qc: 'QC', que: 'QC', quebec: 'QC',
  bc: 'BC', 'british columbia': 'BC',
  ab: 'AB', alta: 'AB', alberta: 'AB',
  mb: 'MB', man: 'MB', manitoba: 'MB',
  sk: 'SK', sask: 'SK', saskatchewan: 'SK',
  ns: 'NS', 'nova scotia': 'NS',
  nb: 'NB', 'new brunswick': 'NB',
  nl: 'NL', newfoundland: 'NL', 'newfoundland and labrador': 'NL',
  pe: 'PE', pei: 'PE', 'prince edward island': 'PE',
  nt: 'NT', 'northwest territories': 'NT',
  nu: 'NU', nunavut: 'NU',
  yt: 'YT', yukon: 'YT',
};
const REGION_WORDS = new Map<string, string | null>(Object.entries(CA_REGION_WORDS));
// Regions the data was built for (e.g. US state codes with --country US) count too.
for (const p of GAZETTEER.provinces) if (!REGION_WORDS.has(p.toLowerCase())) REGION_WORDS.set(p.toLowerCase(), p);
if (GAZETTEER.country === 'US') for (const w of ['usa', 'us', 'united states']) REGION_WORDS.set(w, null);

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

type Parsed = { key: string; rawKey: string; province: string | null };

function clip(s: string): string {
  return s.trim().slice(0, MAX_QUERY_LENGTH);
}

/** Lower-case ASCII words: accents stripped, punctuation and apostrophes dropped. */
function foldWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function parse(input: string): Parsed {
  const words = foldWords(clip(input));
  let province: string | null = null;
  // Peel off up to three trailing region names ("ontario canada"), never the whole query.
  for (let round = 0; round < 3; round++) {
    let peeled = false;
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const tail = words.slice(-n).join(' ');
      if (!REGION_WORDS.has(tail)) continue;
      province ??= REGION_WORDS.get(tail) ?? null;
      words.splice(-n);
      peeled = true;
      break;
    }
    if (!peeled) break;
  }
  return {
    key: words.map((w) => ABBREVIATIONS[w] ?? w).join(' '),
    rawKey: words.join(' '),
    province,
  };
}

/**
 * The matching key for what a visitor typed: trimmed, at most 100 characters
 * considered, accents stripped ("Orléans" = "Orleans"), case folded,
 * punctuation and extra spaces dropped, "St."/"St"/"Saint" and "Ste."/"Sainte"
 * made one, and a trailing province or "Canada" removed ("Toronto, ON",
 * "toronto ontario" -> "toronto"). Returns '' for anything unusable.
 */
export function normalizePlaceQuery(s: string): string {
  if (typeof s !== 'string') return '';
  return parse(s).key;
}

// ------------------------------------------------------------------ the index

type Town = GazetteerPlace & { keys: string[]; key: string };

const byPopulation = (a: { population: number }, b: { population: number }) => b.population - a.population;

const TOWNS: Town[] = GAZETTEER.places
  .map((p) => {
    const { key, rawKey } = parse(p.name);
    const keys = [key, rawKey];
    // "Greater Sudbury" is what GeoNames calls Sudbury; let "Sudbury" find it.
    if (key.startsWith('greater ')) keys.push(key.slice('greater '.length));
    return { ...p, key, keys: [...new Set(keys)] };
  })
  .sort(byPopulation);

const TOWNS_BY_KEY = new Map<string, Town[]>();
for (const t of TOWNS) for (const k of t.keys) TOWNS_BY_KEY.set(k, [...(TOWNS_BY_KEY.get(k) ?? []), t]);
// Each list is in population order; a town really called that outranks an
// alias ("Greater Napanee" must not take "Napanee").
for (const [k, list] of TOWNS_BY_KEY) TOWNS_BY_KEY.set(k, [...list.filter((t) => t.key === k), ...list.filter((t) => t.key !== k)]);

const POSTAL_BY_CODE = new Map<string, GazetteerPostal>(GAZETTEER.postal.map((p) => [p.code, p]));

// Communities GeoNames lacks but the postal data names (Orleans, Bowmanville,
// Thornhill, Stittsville...): the centre of their urban FSAs. Rural FSAs
// (second character 0) span whole counties, so they are left out.
type Community = { name: string; province: string; lat: number; lng: number };
const COMMUNITIES = new Map<string, Community[]>();
{
  const groups = new Map<string, { name: string; province: string; lats: number[]; lngs: number[] }>();
  for (const p of GAZETTEER.postal) {
    if (/^[A-Z]0/.test(p.code)) continue;
    const { key } = parse(p.place);
    if (!key || TOWNS_BY_KEY.get(key)?.some((t) => t.province === p.province)) continue;
    const id = `${p.province}|${key}`;
    const g = groups.get(id) ?? { name: p.place, province: p.province, lats: [], lngs: [] };
    g.lats.push(p.lat);
    g.lngs.push(p.lng);
    groups.set(id, g);
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 1e4) / 1e4;
  for (const [id, g] of groups) {
    const key = id.slice(id.indexOf('|') + 1);
    COMMUNITIES.set(key, [...(COMMUNITIES.get(key) ?? []), { name: g.name, province: g.province, lat: mean(g.lats), lng: mean(g.lngs) }]);
  }
}

// ------------------------------------------------------------------- look-ups

function postalCodeOf(input: string): string | null {
  const compact = clip(input).normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');
  const ca = /^([A-Z][0-9][A-Z])(?:[0-9][A-Z][0-9])?$/.exec(compact);
  if (ca) return ca[1]!;
  const us = /^([0-9]{5})(?:[0-9]{4})?$/.exec(compact);
  return us ? us[1]! : null;
}

function prefixMatches(town: Town, q: Parsed): boolean {
  return town.keys.some((k) => k.startsWith(q.key) || k.startsWith(q.rawKey));
}

/**
 * Where a visitor means by what they typed in "Where?":
 *  1. a postal code, full ("M5V 3L9", "m5v3l9") or its FSA ("M5V") -> the FSA's
 *     centre, labelled "M5V (Toronto)";
 *  2. a town's exact name (the most populous one when names repeat);
 *  3. a community named in the postal data ("Orleans", "Bowmanville");
 *  4. the most populous town whose name starts with it (3+ characters).
 * Returns null when nothing fits; never throws.
 */
export function lookupPlace(query: string): PlaceMatch | null {
  if (typeof query !== 'string') return null;
  try {
    const code = postalCodeOf(query);
    const postal = code ? POSTAL_BY_CODE.get(code) : undefined;
    if (postal) return { label: `${postal.code} (${postal.place})`, lat: postal.lat, lng: postal.lng, kind: 'postal' };

    const q = parse(query);
    if (!q.key) return null;
    const inProvince = (p: { province: string }) => q.province === null || p.province === q.province;

    const town = (TOWNS_BY_KEY.get(q.key) ?? TOWNS_BY_KEY.get(q.rawKey))?.find(inProvince);
    if (town) return { label: town.name, lat: town.lat, lng: town.lng, kind: 'town' };

    const community = COMMUNITIES.get(q.key)?.find(inProvince);
    if (community) return { label: community.name, lat: community.lat, lng: community.lng, kind: 'town' };

    if (q.rawKey.length < 3) return null;
    const prefixed = TOWNS.find((t) => inProvince(t) && prefixMatches(t, q));
    return prefixed ? { label: prefixed.name, lat: prefixed.lat, lng: prefixed.lng, kind: 'town' } : null;
  } catch {
    return null;
  }
}

/** Town names starting with what was typed, most populous first, for a datalist. */
export function suggestPlaces(prefix: string, limit = 8): string[] {
  if (typeof prefix !== 'string') return [];
  const max = Number.isFinite(limit) ? Math.max(0, Math.min(50, Math.floor(limit))) : 8;
  if (max === 0) return [];
  try {
    const q = parse(prefix);
    if (!q.key) return [];
    const names = new Set<string>();
    for (const t of TOWNS) {
      if ((q.province === null || t.province === q.province) && prefixMatches(t, q)) names.add(t.name);
      if (names.size >= max) break;
    }
    return [...names];
  } catch {
    return [];
  }
}

/** Great-circle distance in km. Pass EARTHDISTANCE_RADIUS_KM to match PostgreSQL's earth_distance(). */
export function haversineKm(a: LatLng, b: LatLng, radiusKm: number = EARTH_RADIUS_KM): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
