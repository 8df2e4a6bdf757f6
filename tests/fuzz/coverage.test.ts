// Every way in has a fuzz test: the server actions and route handlers the
// code exposes (the authorization matrix's scan) and the public pages that
// read their address. A new one fails here until a fuzz test sends it
// generated input and it is listed in entry-points.ts.
import './support/cheap-writes.ts';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyOf, scanEntryPoints } from '../support/server-entry-points.ts';
import { FUZZED_ENTRY_POINTS, FUZZED_PAGES } from './entry-points.ts';

const root = path.resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;

/** Public pages (outside the staff console) whose code reads params or searchParams. */
function pagesReadingTheirAddress(dir = path.join(root, 'app')): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, d.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (d.isDirectory()) {
      if (rel !== 'app/staff') out.push(...pagesReadingTheirAddress(full));
    } else if (d.name === 'page.tsx' && /\b(params|searchParams)\b/.test(fs.readFileSync(full, 'utf8'))) out.push(rel);
  }
  return out.sort();
}

/** The listed fuzz file exists and names the entry point (its exported name or its file). */
function named(file: string, needle: string): boolean {
  const full = path.join(here, file);
  return fs.existsSync(full) && fs.readFileSync(full, 'utf8').includes(needle);
}

describe('fuzz coverage', () => {
  it('fuzzes every server action and route handler in the code', () => {
    const keys = scanEntryPoints(root).entries.map(keyOf);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !(k in FUZZED_ENTRY_POINTS)).map((k) => `${k} has no fuzz test (tests/fuzz/entry-points.ts)`)).toEqual([]);
    expect(Object.keys(FUZZED_ENTRY_POINTS).filter((k) => !keys.includes(k)).map((k) => `${k} is listed but no longer in the code`)).toEqual([]);
    // A route handler is named by its file (GET, POST are everywhere); an action by its function.
    const needle = (k: string) => {
      const [file = '', name = ''] = k.split('#');
      return /^[A-Z]+$/.test(name) ? file.replace(/^app\//, '') : name;
    };
    const unnamed = Object.entries(FUZZED_ENTRY_POINTS).filter(([k, file]) => !named(file, needle(k)));
    expect(unnamed.map(([k, file]) => `${file} does not run ${k}`)).toEqual([]);
  });

  it('fuzzes every public page that reads its address', () => {
    const pages = pagesReadingTheirAddress();
    expect(pages).toContain('app/groups/page.tsx');
    expect(pages.filter((p) => !(p in FUZZED_PAGES)).map((p) => `${p} reads its address but has no fuzz test (tests/fuzz/entry-points.ts)`)).toEqual([]);
    const unnamed = Object.entries(FUZZED_PAGES).filter(([p, file]) => !named(file, p.replace(/^app\//, '')));
    expect(unnamed.map(([p, file]) => `${file} does not render ${p}`)).toEqual([]);
  });
});
