// The HSDS tabular form: one CSV file per HSDS table (the columns of the
// specification's examples/csv, in its order) and a datapackage.json that
// describes them (Frictionless Data "tabular data package"), zipped with
// fflate (decision 029). Built from the same nested services as the JSON
// export, so the two forms always carry the same data.
import { strToU8, zipSync } from 'fflate';
import { type Cell, toCsv } from './csv.ts';
import type { Hsds } from './hsds-service.ts';

type FieldType = 'string' | 'number' | 'date' | 'datetime';
type Table = { name: string; path: string; columns: readonly string[]; types?: Record<string, FieldType> };

const DATE_FIELDS = { valid_from: 'date', valid_to: 'date', dtstart: 'date', until: 'date' } as const;

/** The tables the directory fills, as HSDS 3.0 names and orders them. */
export const TABLES = {
  organizations: { name: 'organization', path: 'organizations.csv', columns: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id'], types: { year_incorporated: 'number' } },
  services: {
    name: 'service',
    path: 'services.csv',
    columns: ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'licenses', 'alert', 'last_modified'],
    types: { minimum_age: 'number', maximum_age: 'number', assured_date: 'date', last_modified: 'datetime' },
  },
  service_at_location: { name: 'service_at_location', path: 'service_at_location.csv', columns: ['id', 'service_id', 'location_id', 'description'] },
  locations: { name: 'location', path: 'locations.csv', columns: ['id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'], types: { latitude: 'number', longitude: 'number' } },
  addresses: { name: 'address', path: 'addresses.csv', columns: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'] },
  phones: { name: 'phone', path: 'phones.csv', columns: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'], types: { extension: 'number' } },
  schedules: {
    name: 'schedule',
    path: 'schedules.csv',
    columns: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at', 'closes_at', 'schedule_link', 'attending_type', 'notes'],
    types: { ...DATE_FIELDS, timezone: 'number', count: 'number', interval: 'number' },
  },
  languages: { name: 'language', path: 'languages.csv', columns: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'] },
  accessibility: { name: 'accessibility', path: 'accessibility.csv', columns: ['id', 'location_id', 'description', 'details', 'url'] },
  cost_options: { name: 'cost_option', path: 'cost_options.csv', columns: ['id', 'service_id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description'], types: { valid_from: 'date', valid_to: 'date', amount: 'number' } },
  attributes: { name: 'attribute', path: 'attributes.csv', columns: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'] },
  taxonomies: { name: 'taxonomy', path: 'taxonomies.csv', columns: ['id', 'name', 'description', 'uri', 'version'] },
  taxonomy_terms: { name: 'taxonomy_term', path: 'taxonomy_terms.csv', columns: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'] },
} as const satisfies Record<string, Table>;

export type TableKey = keyof typeof TABLES;
export type TabularRows = Record<TableKey, Record<string, Cell>[]>;

const list = (v: Hsds[keyof Hsds]) => (Array.isArray(v) ? v : []);
const obj = (v: Hsds[keyof Hsds]): Hsds | null => (v && typeof v === 'object' && !Array.isArray(v) ? v : null);

/** The nested services (toService) and the taxonomy, as rows of each table; each record once. */
export function flatten(services: Hsds[], taxonomy: Hsds, terms: Hsds[], organizationPhones: Hsds[]): TabularRows {
  const rows = Object.fromEntries(Object.keys(TABLES).map((k) => [k, [] as Record<string, Cell>[]])) as TabularRows;
  const seen = new Set<string>();
  const add = (table: TableKey, record: Hsds | null) => {
    if (!record || seen.has(`${table}/${String(record.id)}`)) return;
    seen.add(`${table}/${String(record.id)}`);
    const row: Record<string, Cell> = {};
    for (const c of TABLES[table].columns) {
      const v = record[c];
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') row[c] = v;
    }
    rows[table].push(row);
  };
  for (const s of services) {
    add('organizations', obj(s.organization));
    add('services', s);
    for (const p of list(s.phones)) add('phones', p);
    for (const l of list(s.languages)) add('languages', l);
    for (const c of list(s.cost_options)) add('cost_options', c);
    for (const a of list(s.attributes)) add('attributes', a);
    for (const sc of list(s.schedules)) add('schedules', sc);
    for (const at of list(s.service_at_locations)) {
      add('service_at_location', at);
      for (const p of list(at.phones)) add('phones', p);
      for (const sc of list(at.schedules)) add('schedules', sc);
      const location = obj(at.location);
      add('locations', location);
      for (const a of list(location?.addresses)) add('addresses', a);
      for (const a of list(location?.accessibility)) add('accessibility', a);
    }
  }
  for (const p of organizationPhones) add('phones', p);
  add('taxonomies', taxonomy);
  for (const t of terms) add('taxonomy_terms', t);
  return rows;
}

/** datapackage.json: each CSV as a tabular data resource with its fields and primary key. */
export function dataPackage(meta: { title: string; licenseName: string; licensePath: string; homepage: string; created: string }) {
  return {
    profile: 'tabular-data-package',
    name: 'self-help-group-directory-hsds',
    title: meta.title,
    version: '3.0',
    homepage: meta.homepage,
    created: meta.created,
    licenses: [{ name: meta.licenseName, path: meta.licensePath }],
    resources: Object.values(TABLES).map((t: Table) => ({
      name: t.name,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.columns.map((c) => ({ name: c, type: t.types?.[c] ?? 'string' })),
        primaryKey: 'id',
      },
    })),
  };
}

/** The zip: every table's CSV and the datapackage.json, dated `mtime` so the same data gives the same bytes. */
export function tabularZip(rows: TabularRows, datapackage: unknown, mtime: Date): Uint8Array {
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(`${JSON.stringify(datapackage, null, 2)}\n`) };
  for (const [key, t] of Object.entries(TABLES) as [TableKey, Table][]) {
    files[t.path] = strToU8(toCsv(t.columns, rows[key], { keepNumbers: true }));
  }
  return zipSync(files, { level: 6, mtime });
}
