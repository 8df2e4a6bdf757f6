// The directory table on its own, without a database: it agrees with the
// app's topics, towns and languages, every row reads true, the statuses and
// verification dates look like a maintained directory, and the consistency
// check really does catch a broken row.
import { describe, expect, it } from 'vitest';
import { DIRECTORY, DIRECTORY_COUNT, groupFromRow, type DirectoryRow } from '../../prisma/seed/directory/index.ts';
import { LANGUAGE_CODES, TOPIC_SLUGS, TOWN_NAMES } from '../../prisma/seed/directory/types.ts';
import type { GroupSeed } from '../../prisma/seed/factories.ts';
import { generateGroup } from '../../prisma/seed/groups.ts';
import { createRng } from '../../prisma/seed/random.ts';
import { TOPICS } from '../../prisma/seed/topics.ts';
import { SEED_TOWNS } from '../../lib/geo/towns.ts';
import { FILTER_LANGUAGES } from '../../lib/vocabulary/index.ts';
import { contradictionReport, contradictions, type Listing } from '../support/seed-consistency.ts';

const NOW = new Date('2026-11-23T15:00:00Z');
const asListing = (g: GroupSeed): Listing => ({ ...g, topics: g.topicSlugs });
const seeds = DIRECTORY.map((row) => groupFromRow(row, NOW));
const published = seeds.filter((g) => g.status === 'PUBLISHED');

function row(name: string): DirectoryRow {
  const found = DIRECTORY.find((r) => r.name === name);
  if (!found) throw new Error(`no row named ${name}`);
  return found;
}

describe('the directory table', () => {
  it('names only topics, towns and languages the rest of the app knows', () => {
    expect([...TOPIC_SLUGS].sort()).toEqual(TOPICS.map((t) => t.slug).sort());
    expect([...TOWN_NAMES].sort()).toEqual(SEED_TOWNS.map((t) => t.name).sort());
    expect([...LANGUAGE_CODES].sort()).toEqual([...FILTER_LANGUAGES].sort());
  });

  it('holds 175 to 190 groups with unique names, none starting with A or X (the browse page relies on it)', () => {
    expect(DIRECTORY_COUNT).toBe(DIRECTORY.length);
    expect(DIRECTORY_COUNT).toBeGreaterThanOrEqual(175);
    expect(DIRECTORY_COUNT).toBeLessThanOrEqual(190);
    expect(new Set(seeds.map((g) => g.slug)).size).toBe(seeds.length);
    expect(seeds.filter((g) => /^[AX]/i.test(g.name)).map((g) => g.name)).toEqual([]);
    expect(published.filter((g) => g.name.startsWith('T')).length).toBeGreaterThan(0);
  });

  it('reads true, row by row', () => {
    expect(contradictionReport(seeds.map(asListing))).toEqual([]);
  });

  it('is mostly published, with a few drafts, pending and archived listings, and every topic published', () => {
    expect(published.length).toBeGreaterThanOrEqual(150);
    for (const status of ['DRAFT', 'PENDING_REVIEW', 'ARCHIVED'] as const) expect(seeds.some((g) => g.status === status), status).toBe(true);
    for (const t of TOPIC_SLUGS) expect(published.some((g) => g.topicSlugs.includes(t)), t).toBe(true);
  });

  it('was checked like a maintained directory: mostly within the year, a few overdue', () => {
    const yearAgo = new Date(NOW);
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    const overdue = published.filter((g) => g.lastVerifiedAt === null || g.lastVerifiedAt <= yearAgo);
    expect(overdue.length).toBeGreaterThanOrEqual(8);
    expect(overdue.length).toBeLessThanOrEqual(15);
    expect(published.length - overdue.length).toBeGreaterThanOrEqual(0.9 * published.length);
    for (const g of seeds) if (g.lastVerifiedAt) expect(g.lastVerifiedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });

  it('is deterministic: the same rows and time give the same listings', () => {
    expect(DIRECTORY.map((r) => groupFromRow(r, NOW))).toEqual(seeds);
  });
});

describe('the consistency check', () => {
  // Each of these is a contradiction the old generated seed actually had,
  // or one a careless edit could bring back.
  it.each<[string, () => GroupSeed, RegExp]>([
    ['a French circle tagged Somali and English', () => groupFromRow({ ...row('Cercle d’entraide francophone du Grand Sudbury'), languages: ['so', 'en'] }, NOW), /francophone but is not tagged "fr"/],
    ['a Latino group tagged French, Chinese and Filipino', () => groupFromRow({ ...row('Grupo de Apoyo Latino de Toronto'), languages: ['fr', 'zh', 'tl'] }, NOW), /Latino but is not tagged "es"/],
    ['a grief circle not under Bereavement', () => groupFromRow({ ...row('Mississauga Grief Circle'), topics: ['mental-health'] }, NOW), /says "Grief" but it is not under bereavement/],
    ['a caregivers group not under Caregiving', () => groupFromRow({ ...row('Caregivers by Phone'), topics: ['seniors'] }, NOW), /not under caregiving/],
    ['a bilingual group that never says so', () => groupFromRow({ ...row('Toronto Men’s Circle'), languages: ['en', 'pa'] }, NOW), /tagged "pa" but never says/],
    ['an online-only group with a street address', () => {
      const g = groupFromRow(row('Pet Loss Support Circle'), NOW);
      return { ...g, meetings: g.meetings.map((m) => ({ ...m, addressLine1: '12 Queen Street', town: 'Toronto' })) };
    }, /is remote but has addressLine1, town/],
    ['an in-person meeting without coordinates', () => {
      const g = groupFromRow(row('Kingston Grief Companions'), NOW);
      return { ...g, meetings: g.meetings.map((m) => ({ ...m, latitude: null, longitude: null })) };
    }, /meets in a room but lacks latitude, longitude/],
    ['a phone-only group listing a ramp', () => ({ ...groupFromRow(row('Grief by Phone Circle'), NOW), accessibilityFeatures: ['wheelchair'] }), /room features: wheelchair/],
  ])('catches %s', (_label, broken, message) => {
    expect(contradictions(asListing(broken())).join('\n')).toMatch(message);
  });

  it('refuses to build a row whose town and attendance disagree', () => {
    expect(() => groupFromRow({ ...row('Pet Loss Support Circle'), town: 'Toronto' }, NOW)).toThrow(/town/);
    expect(() => groupFromRow({ ...row('Kingston Grief Companions'), town: null }, NOW)).toThrow(/town/);
  });

  it('passes the benchmark generator’s listings too', () => {
    const rng = createRng(42);
    const slugs = TOPICS.map((t) => t.slug);
    const generated = Array.from({ length: 2000 }, (_, i) => generateGroup(rng, i, SEED_TOWNS, slugs));
    expect(contradictionReport(generated.map(asListing)).slice(0, 10)).toEqual([]);
  });
});
