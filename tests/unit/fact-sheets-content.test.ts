import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checklists } from '../../lib/fact-sheets/checklists';

const ROOT = process.cwd();
const SHEETS_DIR = path.resolve(ROOT, 'prisma/seed/fact-sheets');
const CHECKLISTS_FILE = path.resolve(ROOT, 'lib/fact-sheets/checklists.ts');
const SEEDS_DIR = path.resolve(ROOT, '../shared/seeds');

const AUDIENCES = ['public', 'professionals', 'group-leaders'];
const TOPICS = [
  'abuse', 'addictions', 'bereavement', 'body-image', 'cancer', 'caregiving', 'disability',
  'employment-related', 'ethnocultural', 'family-parenting', 'hiv-aids', 'men', 'mental-health',
  'physical-health', 'relationships', 'seniors', 'sexuality', 'women', 'youth',
];
const SHINGLE = 12;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type FrontMatter = Record<string, string | string[]>;
type Sheet = { file: string; slug: string; raw: string; front: FrontMatter; body: string };

function parseValue(value: string): string | string[] {
  const v = value.trim();
  if (v.startsWith('[') && v.endsWith(']')) {
    const inner = v.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((s) => s.trim());
  }
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1);
  return v;
}

function parseSheet(file: string): Sheet {
  const raw = fs.readFileSync(path.join(SHEETS_DIR, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: missing front matter block`);
  const front: FrontMatter = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const idx = line.indexOf(':');
    if (idx <= 0) throw new Error(`${file}: bad front matter line "${line}"`);
    front[line.slice(0, idx).trim()] = parseValue(line.slice(idx + 1));
  }
  return { file, slug: file.replace(/\.md$/, ''), raw, front, body: match[2] ?? '' };
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

const sheetFiles = fs.existsSync(SHEETS_DIR)
  ? fs.readdirSync(SHEETS_DIR).filter((f) => f.endsWith('.md')).sort()
  : [];
const sheets = sheetFiles.map(parseSheet);
const slugs = new Set(sheets.map((s) => s.slug));

describe('fact sheet files', () => {
  it('finds fact sheets to check', () => {
    expect(sheets.length).toBeGreaterThan(0);
  });

  for (const sheet of sheets) {
    describe(sheet.file, () => {
      it('has valid front matter', () => {
        const { front } = sheet;
        expect(front.slug, `${sheet.file}: slug must match file name`).toBe(sheet.slug);
        expect(typeof front.title === 'string' && front.title.length > 0, `${sheet.file}: title`).toBe(true);
        expect(typeof front.summary === 'string' && front.summary.length > 0, `${sheet.file}: summary`).toBe(true);
        expect(AUDIENCES, `${sheet.file}: audience "${String(front.audience)}"`).toContain(front.audience);
        expect(Array.isArray(front.related), `${sheet.file}: related must be a list`).toBe(true);
        expect(Array.isArray(front.topics), `${sheet.file}: topics must be a list`).toBe(true);
        for (const topic of (front.topics as string[]) ?? []) {
          expect(TOPICS, `${sheet.file}: unknown topic "${topic}"`).toContain(topic);
        }
      });

      it('links only to related sheets that exist', () => {
        const related = Array.isArray(sheet.front.related) ? sheet.front.related : [];
        for (const slug of related) {
          expect(slugs.has(slug), `${sheet.file}: related sheet "${slug}" has no file`).toBe(true);
        }
        for (const m of sheet.body.matchAll(/\(\/fact-sheets\/([a-z0-9-]+)\)/g)) {
          expect(slugs.has(m[1] ?? ''), `${sheet.file}: link to missing sheet "${m[1]}"`).toBe(true);
        }
      });

      it('uses only known tools, each on its own line', () => {
        for (const m of sheet.body.matchAll(/\{\{tool:([^}]*)\}\}/g)) {
          const id = m[1] ?? '';
          expect(Object.keys(checklists), `${sheet.file}: unknown tool "${id}"`).toContain(id);
        }
        for (const line of sheet.body.split(/\r?\n/)) {
          if (line.includes('{{tool:')) {
            expect(line.trim(), `${sheet.file}: tool marker must be alone on its line`).toMatch(
              /^\{\{tool:[a-z0-9-]+\}\}$/,
            );
          }
        }
      });

      it('uses only ## and ### headings and no raw HTML', () => {
        for (const line of sheet.body.split(/\r?\n/)) {
          const h = /^(#+)\s/.exec(line);
          if (h) expect([2, 3], `${sheet.file}: heading "${line}"`).toContain(h[1]?.length);
        }
        expect(sheet.body, `${sheet.file}: raw HTML`).not.toMatch(/<\/?[a-z][^>]*>/i);
      });
    });
  }
});

describe('checklists data', () => {
  it('has unique kebab-case ids within each checklist', () => {
    for (const [key, list] of Object.entries(checklists)) {
      expect(list.id).toBe(key);
      const ids = list.sections.flatMap((s) => s.items.map((i) => i.id));
      expect(new Set(ids).size, `${key}: duplicate item id`).toBe(ids.length);
      for (const id of ids) expect(id, `${key}: id "${id}" is not kebab-case`).toMatch(KEBAB);
    }
  });

  it('keeps the ids the referral form depends on', () => {
    const notReady = checklists['client-readiness'].sections.find((s) => s.heading === 'Not ready yet');
    const ids = notReady?.items.map((i) => i.id) ?? [];
    for (const id of ['active-crisis', 'suicidal', 'actively-using', 'cannot-follow-norms']) {
      expect(ids).toContain(id);
    }
  });
});

const seedsExist = fs.existsSync(SEEDS_DIR);
if (!seedsExist) {
  console.info(
    `[fact-sheets-content] Skipping originality check: seed folder not found at ${SEEDS_DIR}.`,
  );
}

describe('originality against seed documents', () => {
  it.skipIf(!seedsExist)(`no ${SHINGLE}-word run is copied from a seed`, () => {
    const shingles = new Set<string>();
    const seedFiles = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
    for (const f of seedFiles) {
      const t = tokens(fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
      for (let i = 0; i + SHINGLE <= t.length; i++) shingles.add(t.slice(i, i + SHINGLE).join(' '));
    }
    expect(shingles.size).toBeGreaterThan(0);

    const targets = [
      ...sheets.map((s) => ({ name: `prisma/seed/fact-sheets/${s.file}`, text: s.raw })),
      { name: 'lib/fact-sheets/checklists.ts', text: fs.readFileSync(CHECKLISTS_FILE, 'utf8') },
    ];
    const copied: string[] = [];
    for (const { name, text } of targets) {
      const t = tokens(text);
      for (let i = 0; i + SHINGLE <= t.length; i++) {
        const run = t.slice(i, i + SHINGLE).join(' ');
        if (shingles.has(run)) copied.push(`${name}: "${run}"`);
      }
    }
    expect(copied, `Copied runs found:\n${copied.join('\n')}`).toEqual([]);
  });
});
