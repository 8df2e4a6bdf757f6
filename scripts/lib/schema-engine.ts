// Prisma's schema engine compiled to WebAssembly, driven through the pg
// driver adapter. The native engine cannot be downloaded on offline machines;
// this one ships inside an npm package, so migrations work everywhere.
// See docs/decisions/002-offline-migrations.md.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
export const root = path.resolve(import.meta.dirname, '../..');
export const schemaPath = path.join(root, 'prisma/schema.prisma');
export const migrationsDir = path.join(root, 'prisma/migrations');

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};
type EngineModule = {
  SchemaEngine: { new: (options: unknown, log: (msg: string) => void, adapter: object) => Promise<Engine> };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let modulePromise: Promise<EngineModule> | undefined;

// The engine reports a Rust panic through this global before it throws.
let lastPanic = '';
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
    if (process.env.DEBUG_ENGINE) console.error("PANIC", message);
  },
};
export function takePanicMessage(): string {
  const m = lastPanic;
  lastPanic = '';
  return m;
}

function loadModule(): Promise<EngineModule> {
  modulePromise ??= (async () => {
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bg = (await import(path.join(dir, 'schema_engine_bg.js'))) as EngineModule & Record<string, unknown>;
    const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return modulePromise;
}

// Two gaps between the engine and adapter-pg, closed on the way back from pg:
// - adapter-pg cannot decode PostgreSQL's one-byte "char" type (OID 18), which
//   the engine reads from the catalogs; present it as text (OID 25).
// - PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n');
//   the engine's describer then wants a char it cannot get from the adapter.
//   Those rows (and CHECK rows, which Prisma does not model) only feed
//   introspection warnings, and nullability comes from pg_attribute, so the
//   describer is not shown them.
type PgResult = { fields?: { name: string; dataTypeID: number }[]; rows?: unknown[][] };
function patchResult(r: PgResult | undefined) {
  if (!r?.fields) return;
  const at = r.fields.findIndex((f) => f.name === 'constraint_type' && f.dataTypeID === 18);
  for (const f of r.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
  // The adapter asks pg for rows as arrays.
  if (at >= 0 && Array.isArray(r.rows)) r.rows = r.rows.filter((row) => row[at] !== 'n' && row[at] !== 'c');
}
function patchFields(result: unknown) {
  for (const r of Array.isArray(result) ? result : [result]) patchResult(r as PgResult | undefined);
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg's query has many overloads; forward them untouched and patch results.
  query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const cb = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => cb(err, err ? res : patchFields(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    if (ret && typeof (ret as Promise<unknown>).then === 'function') {
      return (ret as Promise<unknown>).then(patchFields) as never;
    }
    return ret as never;
  }
}

// adapter-pg's executeScript splits a migration on every ";", which breaks
// function bodies ($$ … $$). Send the script whole instead: PostgreSQL's
// simple query protocol runs it as one implicit transaction, as the native
// engine does.
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    const reportError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (err) {
        reportError(err);
      }
    };
    return adapter;
  }
}

export type EngineSession = { engine: Engine; close(): Promise<void> };

/** Opens an engine bound to the database at `url`. Close it when done. */
export async function openEngine(url: string): Promise<EngineSession> {
  const mod = await loadModule();
  const pool = new pg.Pool({ connectionString: url, max: 2, Client: CatalogSafeClient });
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const engine = await mod.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

export function readMigrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/**
 * Applies every migration not yet applied; returns the names it applied.
 * `upTo` stops after the first N, to build a database as an earlier version left it.
 */
export async function applyMigrations(url: string, opts: { upTo?: number } = {}): Promise<string[]> {
  const s = await openEngine(url);
  try {
    const list = readMigrationsList();
    if (opts.upTo !== undefined) list.migrationDirectories = list.migrationDirectories.slice(0, opts.upTo);
    const out = await s.engine.applyMigrations({ migrationsList: list, filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    await s.close();
  }
}

/**
 * SQL that would take the live database at `url` to what schema.prisma
 * describes. Empty when they agree (no drift).
 */
export async function diffDatabaseToSchema(url: string): Promise<string> {
  const s = await openEngine(url);
  try {
    const schema = { path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') };
    const out = await s.engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: root },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return (out.stdout ?? '').replace(/^-- This is an empty migration\.\s*$/m, '').trim();
  } finally {
    await s.close();
  }
}
