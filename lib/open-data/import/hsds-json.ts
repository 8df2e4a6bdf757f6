// An HSDS JSON upload: a service, a list of services (an array or the API's
// paged `contents`), an organization with its services, a
// service_at_location, the tabular form as JSON (tabular.json), or a
// directory object with a `services` array. Documents that hold no services
// (a location, a taxonomy, the API's description) read as nothing to import.
import { decodeUtf8 } from './cells.ts';
import { recordsFromServices } from './hsds-map.ts';
import { servicesFromTables, type Tables } from './tabular.ts';
import type { ParsedUpload } from './types.ts';

type Found = { raw: unknown; ref: string };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A service_at_location carries its service and one location: fold them into one service. */
function serviceOfSal(sal: Record<string, unknown>): unknown {
  const service = sal.service;
  if (!isObject(service)) return service;
  return { ...service, service_at_locations: [{ id: sal.id, location: sal.location, schedules: sal.schedules }] };
}

/** A service listed under its organization carries it, as a service document would. */
function withOrganization(service: unknown, org: Record<string, unknown>): unknown {
  if (!isObject(service) || isObject(service.organization)) return service;
  const { services: _services, ...rest } = org;
  return { ...service, organization: rest };
}

function servicesIn(doc: unknown, at: string): Found[] | { none: string } {
  if (Array.isArray(doc)) return doc.map((raw, i) => ({ raw, ref: `${at}[${i}]` }));
  if (!isObject(doc)) return { none: 'The document is not a JSON object or list.' };
  if (Array.isArray(doc.contents)) {
    const items = doc.contents;
    const first = items.find(isObject);
    if (first && 'service' in first) return items.map((raw, i) => ({ raw: isObject(raw) ? serviceOfSal(raw) : raw, ref: `contents[${i}]` }));
    if (first && !('status' in first) && ('website' in first || 'tax_status' in first || 'services' in first)) {
      const found = items.flatMap((o, i) => (isObject(o) && Array.isArray(o.services) ? o.services.map((raw, j) => ({ raw: withOrganization(raw, o), ref: `contents[${i}].services[${j}]` })) : []));
      return found.length > 0 ? found : { none: 'This is a list of organizations without their services: it holds no services.' };
    }
    if (first && ('taxonomy' in first || 'version' in first || 'code' in first)) return { none: 'This is a list of taxonomies or terms: it holds no services.' };
    return items.map((raw, i) => ({ raw, ref: `contents[${i}]` }));
  }
  if (Array.isArray(doc.services)) {
    const org = 'status' in doc ? null : doc; // an organization with its services, not a directory object
    return doc.services.map((raw, i) => ({ raw: org && ('website' in org || 'tax_status' in org || 'legal_status' in org) ? withOrganization(raw, org) : raw, ref: `services[${i}]` }));
  }
  if (isObject(doc.service)) return [{ raw: serviceOfSal(doc), ref: 'service' }];
  if ('status' in doc && 'name' in doc) return [{ raw: doc, ref: 'the service' }];
  if ('openapi_url' in doc) return { none: 'This is the API’s description: it holds no services.' };
  if ('location_type' in doc) return { none: 'This is a location: it holds no services.' };
  if ('code' in doc || 'taxonomy' in doc || 'version' in doc) return { none: 'This is a taxonomy or a term: it holds no services.' };
  return { none: 'No services found: expected a service, a list of services or an organization with services.' };
}

export function parseHsdsJson(bytes: Uint8Array, today: string): ParsedUpload {
  const text = decodeUtf8(bytes);
  if (!text.ok) return { ok: false, problems: [{ where: `line ${text.line}`, reason: 'The file is not UTF-8 text. Save it as UTF-8 and upload it again.' }] };
  let doc: unknown;
  // JSON escapes can spell what PostgreSQL cannot keep in the stored dry run: \u0000, or half a surrogate pair (\ud800).
  let unstorable = null as string | null; // set inside the reviver, which the type checker cannot follow
  const notStorable = (s: string) => s.includes('\u0000') || !s.isWellFormed();
  try {
    doc = JSON.parse(text.text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (unstorable === null && (notStorable(key) || (typeof value === 'string' && notStorable(value)))) unstorable = notStorable(key) ? '' : key;
      return value;
    });
  } catch (e) {
    return { ok: false, problems: [{ where: 'the file', reason: `This is not JSON: ${(e as Error).message}` }] };
  }
  if (unstorable !== null) return { ok: false, problems: [{ where: unstorable ? `the field "${unstorable.slice(0, 40)}"` : 'the file', reason: 'This holds a character that cannot be stored (\\u0000, or half of a surrogate pair such as \\ud800). Remove it and upload the file again.' }] };
  if (isObject(doc) && Object.keys(doc).some((k) => k.endsWith('.csv'))) {
    const tables: Tables = {};
    for (const [k, v] of Object.entries(doc)) if (k.endsWith('.csv') && Array.isArray(v)) tables[k.slice(0, -4)] = v.filter(isObject);
    return recordsFromServices(servicesFromTables(tables), 'hsds-json', today);
  }
  const found = servicesIn(doc, 'the list');
  if ('none' in found) return { ok: true, format: 'hsds-json', records: [], notes: [found.none] };
  return recordsFromServices(found, 'hsds-json', today);
}
