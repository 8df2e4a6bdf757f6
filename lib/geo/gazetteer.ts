// Offline gazetteer for the "Where?" box: a town name, a county or region, a
// postal code (or its first three characters), or an address containing one
// -> coordinates, without any geocoding service, so nothing a visitor types
// leaves our server. Pure functions over gazetteer-data.json, which
// scripts/gazetteer/build.ts generates (see docs/decisions/006-gazetteer.md),
// and the hand-written regions.ts. Safe to import on the server or the client.
import { foldText } from '../fold.ts';
import data from './gazetteer-data.json' with { type: 'json' };
import { REGIONS, type Region } from './regions.ts';

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
/**
 * How the query was understood, so the page can say so ("We read “Kingstn” as
 * Kingston"): the whole query named the place ('exact'), began its name
 * ('prefix'), was a misspelling of it ('spelling'), or contained it among other
 * words, as in an address ('in-text').
 */
export type PlaceMatchHow = 'exact' | 'prefix' | 'spelling' | 'in-text';
export type PlaceMatch = {
  label: string;
  lat: number;
  lng: number;
  kind: 'postal' | 'town' | 'region';
  how: PlaceMatchHow;
  /** For a region: a radius in km that covers it, to suggest instead of the default. */
  radiusKm?: number;
};

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
  return foldText(s).split(' ').filter(Boolean);
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

// What people who live there call a town, which no spelling rule reaches.
// Only added where the town is in the data and the name is not another place's.
const NICKNAMES: Record<string, string> = {
  'the soo': 'Sault Ste. Marie',
  soo: 'Sault Ste. Marie',
  'st. kitts': 'St. Catharines',
  'the hammer': 'Hamilton',
  steeltown: 'Hamilton',
  't.o.': 'Toronto',
  hogtown: 'Toronto',
  'the big smoke': 'Toronto',
  'the nickel city': 'Greater Sudbury',
  'the forest city': 'London',
  'the limestone city': 'Kingston',
};
for (const [nickname, name] of Object.entries(NICKNAMES)) {
  const town = TOWNS_BY_KEY.get(parse(name).key)?.find((t) => t.name === name);
  const { key, rawKey } = parse(nickname);
  for (const k of new Set([key, rawKey])) if (town && k && !TOWNS_BY_KEY.has(k)) TOWNS_BY_KEY.set(k, [town]);
}

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

// -------------------------------------------------------------------- regions

// Words that say what kind of area a name is, not which one: "Durham Region",
// "County of Simcoe", "District Municipality of Muskoka", "Niagara area",
// "Comté de Prescott". With one, a name means the area ("Simcoe County"),
// unless a town is called exactly that ("Norfolk County" is in the data).
const AREA_WORDS = new Set([
  'county', 'counties', 'united', 'co', 'cty', 'region', 'regional', 'district', 'municipality', 'area', 'city',
  'comte', 'comtes', 'unis', 'regionale', 'municipalite',
]);
// Joining words dropped with them ("Lennox and Addington" = "Lennox & Addington").
const JOINING_WORDS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'et']);

/** A region name without its kind and joining words: "regional municipality of durham" -> "durham". */
function regionBase(key: string): string {
  return key
    .split(' ')
    .filter((w) => w && !AREA_WORDS.has(w) && !JOINING_WORDS.has(w))
    .join(' ');
}

const hasAreaWord = (key: string) => key.split(' ').some((w) => AREA_WORDS.has(w));

// Regions of the provinces this data was built for (the list is Ontario's).
const ACTIVE_REGIONS = REGIONS.filter((r) => GAZETTEER.provinces.includes(r.province));

/** Region by the key of its name or an alias, as written ("durham region", "muskoka"). */
const REGIONS_BY_KEY = new Map<string, Region>();
/** Region by its base ("durham"), for any other way of writing the kind. */
const REGIONS_BY_BASE = new Map<string, Region>();
for (const r of ACTIVE_REGIONS) {
  for (const name of [r.name, ...r.aliases]) {
    const { key, rawKey } = parse(name);
    for (const k of [key, rawKey]) if (k && !REGIONS_BY_KEY.has(k)) REGIONS_BY_KEY.set(k, r);
    const base = regionBase(key);
    if (base && !REGIONS_BY_BASE.has(base)) REGIONS_BY_BASE.set(base, r);
  }
}

/** The region a whole key names: as written, or by its base ("region of durham"). */
function regionByKey(key: string): Region | undefined {
  return REGIONS_BY_KEY.get(key) ?? REGIONS_BY_BASE.get(regionBase(key));
}

// ------------------------------------------------------------- spelling index

/**
 * Misspellings are only corrected towards towns at least this big (or towards
 * communities and regions): below it the data holds hamlets like "Bath",
 * "Golden" or "Lively", which ordinary words are one letter away from.
 */
export const MIN_SPELLING_POPULATION = 5000;

type Named = { name: string; province: string; lat: number; lng: number };
type SpellingEntry = {
  key: string;
  place: Named;
  region: Region | null;
  /** The town's own population (0 for a community, -1 for a region), for MIN_SPELLING_POPULATION. */
  population: number;
  /** Position in SPELLINGS: the lower, the better on equal distance. */
  order: number;
};

const letterCount = (key: string) => key.replace(/ /g, '').length;

// One entry per spelling of a name, in the order ties are broken: Ontario
// first, then towns by population, then communities, then regions. Places
// sharing a key keep the order an exact look-up gives them, so a misspelt
// "Napanee" is Napanee, not Greater Napanee.
const SPELLINGS: SpellingEntry[] = [];
{
  const unsorted: { entry: SpellingEntry; tie: number; within: number }[] = [];
  const add = (key: string, place: Named, region: Region | null, population: number, tie: number, within = 0) => {
    if (key) unsorted.push({ entry: { key, place, region, population, order: 0 }, tie, within });
  };
  for (const [key, list] of TOWNS_BY_KEY) list.forEach((t, i) => add(key, t, null, t.population, list[0]!.population, i));
  for (const [key, list] of COMMUNITIES) list.forEach((c, i) => add(key, c, null, 0, 0, i));
  for (const r of ACTIVE_REGIONS) {
    const keys = new Set([r.name, ...r.aliases].flatMap((n) => [parse(n).key, regionBase(parse(n).key)]));
    for (const k of keys) add(k, r, r, -1, -1);
  }
  const outside = (e: SpellingEntry) => (e.place.province === 'ON' ? 0 : 1);
  unsorted.sort((a, b) => outside(a.entry) - outside(b.entry) || b.tie - a.tie || a.within - b.within);
  unsorted.forEach(({ entry }, i) => SPELLINGS.push({ ...entry, order: i }));
}

// Entries bucketed by key length: a query of length L with at most d edits
// only needs keys of length L-d..L+d, a few dozen instead of all of them.
const SPELLINGS_BY_LENGTH = new Map<number, SpellingEntry[]>();
for (const e of SPELLINGS) SPELLINGS_BY_LENGTH.set(e.key.length, [...(SPELLINGS_BY_LENGTH.get(e.key.length) ?? []), e]);

/**
 * Optimal string alignment distance (Levenshtein plus swapping two adjacent
 * letters, "Kingtson"), stopping early: returns max + 1 as soon as the
 * distance must exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[b.length]!, max + 1);
}

type SpellingHit = { entry: SpellingEntry; distance: number };

/** Entries within maxDistance of any of keys, nearest first (ties in SPELLINGS order). */
function nearestSpellings(keys: string[], maxDistance: number, accept: (e: SpellingEntry) => boolean): SpellingHit[] {
  const best = new Map<SpellingEntry, SpellingHit>();
  for (const key of new Set(keys)) {
    for (let len = key.length - maxDistance; len <= key.length + maxDistance; len++) {
      for (const entry of SPELLINGS_BY_LENGTH.get(len) ?? []) {
        if (!accept(entry)) continue;
        const distance = editDistance(key, entry.key, maxDistance);
        if (distance > maxDistance) continue;
        const seen = best.get(entry);
        if (!seen || distance < seen.distance) best.set(entry, { entry, distance });
      }
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.entry.order - b.entry.order);
}

/**
 * How many edits a misspelling of this many letters may have: none under 4
 * letters (too many real words are one letter from a short name), 1 up to 7,
 * 2 from 8.
 */
function allowedEdits(letters: number): number {
  if (letters < 4) return 0;
  return letters < 8 ? 1 : 2;
}

// -------------------------------------------------------------- address words

// Words after a name that make it a street: "King St" is a street in
// Kitchener, not the town of King; "Kingston Rd" runs through Toronto.
const STREET_TYPES = new Set([
  'st', 'street', 'rd', 'road', 'ave', 'av', 'avenue', 'blvd', 'boulevard', 'boul', 'dr', 'drive', 'cres', 'crescent',
  'crt', 'ct', 'court', 'cir', 'circle', 'ln', 'lane', 'way', 'pl', 'place', 'pkwy', 'parkway', 'hwy', 'highway',
  'trl', 'trail', 'terr', 'terrace', 'tce', 'sq', 'square', 'line', 'sideroad', 'sdrd', 'concession', 'conc', 'gate',
  'gdns', 'gardens', 'grove', 'row', 'walk', 'path', 'mews',
]);
// Words before a name that make it a street, as French addresses put them: "rue King".
const STREET_PREFIXES = new Set(['rue', 'chemin', 'ch', 'boulevard', 'boul', 'montee', 'rang', 'promenade']);

const isNumber = (w: string | undefined) => w !== undefined && /^[0-9]+[a-z]?$/.test(w);

/** Whether words[start..end) is a street's name rather than a place's. */
function isStreetName(words: string[], start: number, end: number): boolean {
  const next = words[end];
  const prev = words[start - 1];
  if (next !== undefined && STREET_TYPES.has(next)) return true;
  if (prev !== undefined && STREET_PREFIXES.has(prev)) return true;
  // A house number opening the part: "55 King, ..." (not "Highway 7 Kingston").
  return start === 1 && isNumber(prev);
}

// ------------------------------------------------------------------- look-ups

function postalCodeOf(input: string): string | null {
  const compact = clip(input).normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');
  const ca = /^([A-Z][0-9][A-Z])(?:[0-9][A-Z][0-9])?$/.exec(compact);
  if (ca) return ca[1]!;
  const us = /^([0-9]{5})(?:[0-9]{4})?$/.exec(compact);
  return us ? us[1]! : null;
}

// A Canadian postal code among other words. Only Canadian codes: five digits
// in a longer text are far more often a house number than a ZIP code.
const POSTAL_CODE_IN_TEXT = /(?<![A-Z0-9])([A-Z][0-9][A-Z])[\s-]?[0-9][A-Z][0-9](?![A-Z0-9])/g;
const FSA_IN_TEXT = /(?<![A-Z0-9])([A-Z][0-9][A-Z])(?![A-Z0-9])/g;

function postalInTextMatch(text: string): PlaceMatch | null {
  const upper = text.normalize('NFKC').toUpperCase();
  // A full code first: it can't be anything else. A lone "K7L" is a code too,
  // since no word is letter-digit-letter, but only if we know it.
  for (const pattern of [POSTAL_CODE_IN_TEXT, FSA_IN_TEXT]) {
    for (const m of upper.matchAll(pattern)) {
      const postal = POSTAL_BY_CODE.get(m[1]!);
      if (postal) return postalMatch(postal, 'in-text');
    }
  }
  return null;
}

function prefixMatches(town: Town, q: Parsed): boolean {
  return town.keys.some((k) => k.startsWith(q.key) || k.startsWith(q.rawKey));
}

const postalMatch = (p: GazetteerPostal, how: PlaceMatchHow): PlaceMatch => ({
  label: `${p.code} (${p.place})`,
  lat: p.lat,
  lng: p.lng,
  kind: 'postal',
  how,
});
const townMatch = (t: Named, how: PlaceMatchHow): PlaceMatch => ({ label: t.name, lat: t.lat, lng: t.lng, kind: 'town', how });
const regionMatch = (r: Region, how: PlaceMatchHow): PlaceMatch => ({
  label: r.name,
  lat: r.lat,
  lng: r.lng,
  kind: 'region',
  how,
  radiusKm: r.radiusKm,
});

type InProvince = (p: { province: string }) => boolean;
const inProvinceOf = (province: string | null): InProvince => (p) => province === null || p.province === province;

/** A town or community of exactly this key, the town first. */
function townByKey(key: string, rawKey: string, inProvince: InProvince): Named | undefined {
  return (
    (TOWNS_BY_KEY.get(key) ?? TOWNS_BY_KEY.get(rawKey))?.find(inProvince) ??
    (COMMUNITIES.get(key) ?? COMMUNITIES.get(rawKey))?.find(inProvince)
  );
}

/**
 * The whole query names a place: a town, then a community, then a region.
 * A town wins over a region of the same name ("Peterborough" is the city);
 * the region needs its kind ("Peterborough County").
 */
function exactMatch(q: Parsed, inProvince: InProvince): PlaceMatch | null {
  const town = townByKey(q.key, q.rawKey, inProvince);
  if (town) return townMatch(town, 'exact');
  const region = regionByKey(q.key);
  return region && inProvince(region) ? regionMatch(region, 'exact') : null;
}

/** The most populous town whose name starts with the query (3+ characters), else a region's (4+). */
function prefixMatch(q: Parsed, inProvince: InProvince): PlaceMatch | null {
  if (q.rawKey.length < 3) return null;
  const town = TOWNS.find((t) => inProvince(t) && prefixMatches(t, q));
  if (town) return townMatch(town, 'prefix');
  // Bases only, so "county" or "region of" alone don't pick the first region listed.
  const base = regionBase(q.key);
  if (base.length < 4) return null;
  for (const [key, region] of REGIONS_BY_BASE) if (inProvince(region) && key.startsWith(base)) return regionMatch(region, 'prefix');
  return null;
}

/** The place whose name the query is a misspelling of (see allowedEdits, MIN_SPELLING_POPULATION). */
function spellingMatch(q: Parsed, inProvince: InProvince): PlaceMatch | null {
  if (/[0-9]/.test(q.rawKey)) return null;
  const edits = allowedEdits(letterCount(q.rawKey));
  if (edits === 0) return null;
  // The first letter as typed, or the second when the first two were swapped ("iKngston").
  const starts = (key: string) => key[0] === q.rawKey[0] || (key[0] === q.rawKey[1] && key[1] === q.rawKey[0]);
  const [hit] = nearestSpellings(
    [q.key, q.rawKey],
    edits,
    (e) =>
      // People seldom get the first letter wrong, and requiring it keeps
      // ordinary words off short names ("needs" is not Leeds, "work" not York).
      starts(e.key) &&
      e.key.length >= 4 &&
      inProvince(e.place) &&
      (e.region !== null || e.population === 0 || e.population >= MIN_SPELLING_POPULATION),
  );
  if (!hit) return null;
  return hit.entry.region ? regionMatch(hit.entry.region, 'spelling') : townMatch(hit.entry.place, 'spelling');
}

// Separators between the parts of an address.
const PART_SEPARATORS = /[,;:|/\\()[\]{}<>\n\r\t•·]+/;

type TextHit = { match: PlaceMatch; part: number; start: number; end: number };

/** Every town, community or region named by a run of words, skipping street names. */
function namesInPart(words: string[], part: number, inProvince: InProvince): TextHit[] {
  const hits: TextHit[] = [];
  // Longest names in Ontario's list run to 6 words ("united counties of leeds and grenville").
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const end = start + n;
      const run = words.slice(start, end);
      if (run.some((w) => /[0-9]/.test(w)) || isStreetName(words, start, end)) continue;
      const rawKey = run.join(' ');
      const key = run.map((w) => ABBREVIATIONS[w] ?? w).join(' ');
      const town = townByKey(key, rawKey, inProvince);
      // A region's bare name counts only when no town has it; with its kind
      // ("Durham Region", "County of Simcoe") it is always the region.
      const region = REGIONS_BY_KEY.get(key) ?? (hasAreaWord(key) ? REGIONS_BY_BASE.get(regionBase(key)) : undefined);
      if (town) hits.push({ match: townMatch(town, 'in-text'), part, start, end });
      else if (region && inProvince(region)) hits.push({ match: regionMatch(region, 'in-text'), part, start, end });
    }
  }
  return hits;
}

/**
 * A place named inside a longer text, such as an address:
 * "123 Princess St, Kingston, Ontario" -> Kingston. Overlapping names keep
 * the longest ("Niagara Falls", not "Niagara"); then a town beats a region
 * ("Oshawa, Durham Region" -> Oshawa), and a later part an earlier one, since
 * addresses end with the town.
 */
function inTextMatch(text: string, inProvince: InProvince): PlaceMatch | null {
  const parts = text.split(PART_SEPARATORS).map(foldWords);
  const hits = parts.flatMap((words, i) => namesInPart(words, i, inProvince));
  const kept: TextHit[] = [];
  const overlaps = (a: TextHit, b: TextHit) => a.part === b.part && a.start < b.end && b.start < a.end;
  for (const h of hits.sort((a, b) => b.end - b.start - (a.end - a.start))) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  const townFirst = (h: TextHit) => (h.match.kind === 'town' ? 0 : 1);
  kept.sort((a, b) => townFirst(a) - townFirst(b) || b.part - a.part || b.start - a.start);
  return kept[0]?.match ?? null;
}

/** A misspelt part of an address: "123 Princess St, Kingstn, Ontario" -> Kingston. */
function misspeltPartMatch(text: string, inProvince: InProvince): PlaceMatch | null {
  const parts = text.split(PART_SEPARATORS);
  if (parts.length < 2) return null; // the whole text was tried already
  let region: PlaceMatch | null = null;
  // Last part first, as addresses end with the town; a town in any part beats a region.
  for (const part of parts.reverse()) {
    const q = parse(part);
    if (!q.key || REGION_WORDS.has(q.rawKey) || q.rawKey.split(' ').some((w) => STREET_TYPES.has(w))) continue;
    const hit = spellingMatch(q, inProvince);
    if (hit?.kind === 'town') return hit;
    region ??= hit;
  }
  return region;
}

/** A place named inside a longer text; a town beats a region, even misspelt. */
function placeInText(text: string, inProvince: InProvince): PlaceMatch | null {
  const named = inTextMatch(text, inProvince);
  if (named?.kind === 'town') return named;
  const misspelt = misspeltPartMatch(text, inProvince);
  if (misspelt?.kind === 'town') return misspelt; // "Kingstn, Frontenac" -> Kingston
  return named ?? misspelt;
}

/**
 * Where a visitor means by what they typed in "Where?", tried in this order:
 *  1. a postal code, full ("M5V 3L9", "m5v3l9") or its FSA ("M5V") -> the FSA's
 *     centre, labelled "M5V (Toronto)";
 *  2. a town's exact name (the most populous one when names repeat), a
 *     community named in the postal data ("Orleans", "Bowmanville"), or a
 *     county, region or district ("Muskoka", "Durham Region", "County of
 *     Simcoe"), which also carries a radiusKm that covers it;
 *  3. the most populous town whose name starts with it (3+ characters), else
 *     a region's (4+);
 *  4. a postal code inside a longer text ("Kingston ON K7L 2V7");
 *  5. a misspelt town or region ("Kingstn", "Missisauga", "Muskoak"): 1 edit
 *     for 4–7 letters, 2 for 8+, towns of MIN_SPELLING_POPULATION or more;
 *  6. a place named inside a longer text ("123 Princess St, Kingston,
 *     Ontario", "near downtown Ottawa") or a misspelt part of an address
 *     ("Princess St, Kingstn"), a town before a region.
 * `how` says which. Only the first 100 characters are considered. Returns
 * null when nothing fits; never throws.
 */
export function lookupPlace(query: string): PlaceMatch | null {
  if (typeof query !== 'string') return null;
  try {
    const text = clip(query);
    const code = postalCodeOf(text);
    const postal = code ? POSTAL_BY_CODE.get(code) : undefined;
    if (postal) return postalMatch(postal, 'exact');

    const q = parse(text);
    if (!q.key) return null;
    const inProvince = inProvinceOf(q.province);

    // A postal code in the text comes before guessing at spellings, and a
    // misspelling of the whole query before picking one word out of it
    // ("Niagra Falls" is Niagara Falls, not the Niagara region).
    return (
      exactMatch(q, inProvince) ??
      prefixMatch(q, inProvince) ??
      postalInTextMatch(text) ??
      spellingMatch(q, inProvince) ??
      placeInText(text, inProvince)
    );
  } catch {
    return null;
  }
}

/**
 * Names of the known towns and regions spelt most like what was typed,
 * nearest first, for "Did you mean" links when lookupPlace found nothing.
 * Looser than lookupPlace (one more edit from 6 letters, towns of any size).
 * Returns [] for fewer than 4 letters or junk; never throws.
 */
export function closestPlaces(query: string, limit = 5): string[] {
  if (typeof query !== 'string') return [];
  const max = Number.isFinite(limit) ? Math.max(0, Math.min(50, Math.floor(limit))) : 5;
  if (max === 0) return [];
  try {
    const q = parse(query);
    if (!q.key || /[0-9]/.test(q.rawKey)) return [];
    const letters = letterCount(q.rawKey);
    const edits = allowedEdits(letters) + (letters >= 6 ? 1 : 0);
    if (edits === 0) return [];
    const inProvince = inProvinceOf(q.province);
    const names = new Set<string>();
    const accept = (e: SpellingEntry) => e.key.length >= 4 && inProvince(e.place);
    for (const { entry } of nearestSpellings([q.key, q.rawKey], edits, accept)) {
      names.add(entry.place.name);
      if (names.size >= max) break;
    }
    return [...names];
  } catch {
    return [];
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
