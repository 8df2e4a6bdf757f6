// The HSDS tabular form: one CSV per object (services.csv, locations.csv,
// schedules.csv…) joined by ids, zipped with a datapackage.json, or the same
// tables as JSON (tabular.json). Joined back into nested services so the
// one HSDS mapping reads both forms.
import { unzipSync } from 'fflate';
import { asObjects, readCsv } from './csv.ts';
import { recordsFromServices } from './hsds-map.ts';
import { MAX_UNZIPPED_BYTES } from './limits.ts';
import type { DocumentProblem, ParsedUpload } from './types.ts';

export type Tables = Record<string, Record<string, unknown>[]>;

const NUMBER_COLUMNS = new Set(['latitude', 'longitude', 'interval', 'amount', 'count', 'minimum_age', 'maximum_age', 'extension']);

/** An empty notes cell means "no notes", so a schedule's description (its rule in words) is not read in their place. */
const KEEP_EMPTY = new Set(['notes']);

/** The apostrophe a publisher puts before a cell a spreadsheet would run as a formula ("'-1FR"; decision 029). */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** CSV cells are text: blanks become absent and numeric columns numbers, so the JSON schema's types apply to both forms. */
function typed(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(row)) {
    const v = typeof raw === 'string' ? raw.replace(NEUTRALISED, '') : raw;
    if (v === '' && KEEP_EMPTY.has(k)) out[k] = v;
    if (v === '' || v === null || v === undefined) continue;
    if (typeof v === 'string' && NUMBER_COLUMNS.has(k) && (k !== 'timezone')) {
      const n = Number(v);
      out[k] = v.trim() !== '' && Number.isFinite(n) ? n : v;
    } else out[k] = v;
  }
  if (typeof out.timezone === 'string' && /^[+-]?\d+(\.\d+)?$/.test(out.timezone)) out.timezone = Number(out.timezone);
  return out;
}

type Row = Record<string, unknown>;
const indexes = new WeakMap<Row[], Map<string, Map<unknown, Row[]>>>();

/** Rows whose `key` column is `id`; each table is indexed once per column, so joining stays linear. */
function by(rows: Row[], key: string, id: unknown): Row[] {
  if (id === undefined) return [];
  let perKey = indexes.get(rows);
  if (!perKey) indexes.set(rows, (perKey = new Map()));
  let index = perKey.get(key);
  if (!index) {
    index = new Map();
    for (const r of rows) {
      const list = index.get(r[key]);
      if (list) list.push(r);
      else index.set(r[key], [r]);
    }
    perKey.set(key, index);
  }
  return index.get(id) ?? [];
}

export function servicesFromTables(raw: Tables): { raw: unknown; ref: string }[] | { problems: DocumentProblem[] } {
  const t = (name: string) => (raw[name] ?? []).map(typed);
  const services = t('services');
  if (!raw.services) return { problems: [{ where: 'the tables', reason: 'There is no services table (services.csv).' }] };
  const [locations, addresses, accessibility, sals, schedules, phones, languages, costs, attributes, terms, organizations] =
    ['locations', 'addresses', 'accessibility', 'service_at_location', 'schedules', 'phones', 'languages', 'cost_options', 'attributes', 'taxonomy_terms', 'organizations'].map(t);
  const location = (id: unknown) => {
    const l = by(locations!, 'id', id)[0];
    return l && { ...l, addresses: by(addresses!, 'location_id', id), accessibility: by(accessibility!, 'location_id', id), schedules: by(schedules!, 'location_id', id).filter((s) => !s.service_id) };
  };
  return services.map((s, i) => ({
    ref: `services.csv row ${i + 1}`,
    raw: {
      ...s,
      organization: by(organizations!, 'id', s.organization_id)[0],
      phones: by(phones!, 'service_id', s.id).filter((p) => !p.service_at_location_id),
      languages: by(languages!, 'service_id', s.id),
      cost_options: by(costs!, 'service_id', s.id),
      schedules: by(schedules!, 'service_id', s.id).filter((x) => !x.service_at_location_id),
      attributes: by(attributes!, 'link_id', s.id).map((a) => ({ ...a, taxonomy_term: by(terms!, 'id', a.taxonomy_term_id)[0] })),
      service_at_locations: by(sals!, 'service_id', s.id).map((sal) => ({
        ...sal,
        location: location(sal.location_id),
        schedules: by(schedules!, 'service_at_location_id', sal.id),
        phones: by(phones!, 'service_at_location_id', sal.id),
      })),
    },
  }));
}

/** The zip's CSV files by table name; sizes are read from its directory and checked before anything is inflated. */
export function parseTabularZip(bytes: Uint8Array, today: string): ParsedUpload {
  let total = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = /(^|\/)([a-z_]+\.csv|datapackage\.json)$/.test(f.name) && !f.name.startsWith('__MACOSX/');
        if (wanted) total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) tooBig = true;
        return wanted && !tooBig;
      },
    });
  } catch (e) {
    return { ok: false, problems: [{ where: 'the file', reason: `This is not a zip file that can be read (${(e as Error).message}).` }] };
  }
  if (tooBig) return { ok: false, problems: [{ where: 'the zip', reason: `Its files unpack to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB.` }] };
  const tables: Tables = {};
  const problems: DocumentProblem[] = [];
  const notes: string[] = [];
  const names = Object.keys(files);
  if (!names.some((n) => n.endsWith('datapackage.json'))) notes.push('The zip has no datapackage.json; its CSV files were read by their names.');
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.csv')) continue;
    const base = name.split('/').pop()!;
    const read = readCsv(data, base);
    if (!read.ok) problems.push(read.problem);
    else tables[base.slice(0, -4)] = asObjects(read.table);
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = recordsFromServices(servicesFromTables(tables), 'hsds-zip', today);
  return parsed.ok ? { ...parsed, notes: [...notes, ...parsed.notes] } : parsed;
}
