// The official HSDS 3.0 JSON schemas (../shared/hsds-3.0/schema, beside the
// repository: present on the project's machines and in CI, absent in a
// plain clone) compiled with ajv for draft 2020-12. Like the
// specification's own check, every object schema forbids properties it
// does not name, so a field the export invents is reported, not ignored.
// Tests that need them skip with SHARED_MISSING when the folder is absent.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');
export const HSDS_DIR = path.join(SHARED_DIR, 'hsds-3.0');
export const MEETING_GUIDE_DIR = path.join(SHARED_DIR, 'meeting-guide');
export const hasHsds = fs.existsSync(path.join(HSDS_DIR, 'schema', 'compiled', 'service.json'));
export const hasMeetingGuide = fs.existsSync(path.join(MEETING_GUIDE_DIR, 'types.json'));
export const SHARED_MISSING = `skipped: the shared specifications folder (${SHARED_DIR}) is not beside this clone`;

type Schema = { [key: string]: unknown };

/** The HSDS annotation keywords (not JSON Schema): declared so strict mode accepts them. */
const HSDS_KEYWORDS = ['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'datapackage_type', 'tabular_required'];

/** A copy of `schema` where each object with `properties` allows no others. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closed(s)])) : closed(v);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

export function readSchema(relative: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(HSDS_DIR, 'schema', relative), 'utf8')) as Schema;
}

let ajv: Ajv2020 | null = null;
const cache = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false });
  ajv.addVocabulary(HSDS_KEYWORDS);
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  // The per-object files refer to each other by file name ("phone.json").
  for (const file of fs.readdirSync(path.join(HSDS_DIR, 'schema'))) {
    if (!file.endsWith('.json') || file === 'openapi.json') continue;
    ajv.addSchema({ ...(closed(readSchema(file)) as Schema), $id: file }, file);
  }
  return ajv;
}

/** A validator for a schema file: "compiled/service.json", "schedule.json", … */
export function validator(relative: string): ValidateFunction {
  let v = cache.get(relative);
  if (!v) {
    const a = instance();
    v = relative.startsWith('compiled/') ? a.compile(closed(readSchema(relative)) as Schema) : a.getSchema(relative);
    if (!v) throw new Error(`no schema ${relative}`);
    cache.set(relative, v);
  }
  return v;
}

/** The errors of `value` against the schema, as readable lines ([] when valid). */
export function schemaErrors(relative: string, value: unknown): string[] {
  const v = validator(relative);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The openapi Page envelope, closed like the rest: the paging fields and `contents`. */
export function pageErrors(page: unknown, itemSchema: string): string[] {
  const openapi = JSON.parse(fs.readFileSync(path.join(HSDS_DIR, 'schema', 'openapi.json'), 'utf8')) as { components: { schemas: { Page: Schema } } };
  const envelope = openapi.components.schemas.Page;
  const a = instance();
  const key = `page:${itemSchema}`;
  let v = cache.get(key);
  if (!v) {
    v = a.compile({ ...envelope, properties: { ...(envelope.properties as Schema), contents: { type: 'array' } }, required: Object.keys(envelope.properties as Schema).concat('contents'), additionalProperties: false });
    cache.set(key, v);
  }
  const errors = v(page) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  const contents = (page as { contents?: unknown[] }).contents ?? [];
  contents.forEach((item, i) => errors.push(...schemaErrors(itemSchema, item).map((e) => `/contents/${i}${e}`)));
  return errors;
}
