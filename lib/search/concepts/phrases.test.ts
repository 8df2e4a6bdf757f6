// The search vocabulary (phrases.ts) checked as data: every topic is
// reachable in everyday English and French, phrases are written the way the
// matcher reads them, no wording points two ways, and the issue's examples
// land where they should. The checks are functions so the last block can show
// each of them failing on a broken list.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import gazetteer from '../../geo/gazetteer-data.json';
import { ACCESSIBILITY_CODES } from '../../vocabulary/index.ts';
import { CONCEPTS } from './phrases.ts';
import type { Concept } from './types.ts';

// lib/ may not import the seed (eslint's layering rule), so the slugs are read from its text.
const TOPICS_FILE = path.resolve(import.meta.dirname, '../../../prisma/seed/topics.ts');
function seedTopicSlugs(): string[] {
  return [...fs.readFileSync(TOPICS_FILE, 'utf8').matchAll(/\{ slug: '([a-z-]+)'/g)].map((m) => m[1]!);
}
const SLUGS = seedTopicSlugs();

const MIN_PHRASES = 15;
const MIN_FRENCH = 3;

/** How the matcher sees a phrase: accents and apostrophes gone, hyphens as spaces. */
const key = (phrase: string) =>
  phrase.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '').replace(/-/g, ' ');

/** Lower-case words of letters and digits, joined inside by one apostrophe or hyphen, one space apart. */
const PHRASE = /^[\p{Ll}\d]+(?:['-][\p{Ll}\d]+)*(?: [\p{Ll}\d]+(?:['-][\p{Ll}\d]+)*)*$/u;

// Words that say nothing alone: a phrase needs one word besides these.
const STOP_WORDS = new Set(
  'a an and are at be for from i in is it me my of on or our the to we with you your au aux de des du en et je la le les ma mes mon ne un une'.split(' '),
);

// Single words under four letters must be one of these well-known names or
// abbreviations; anything else that short is too easily something else.
const SHORT_WORDS = new Set([
  'aa', 'na', 'oa', 'ms', 'hiv', 'vih', 'ocd', 'toc', 'tpl', 'bpd', 'ppd', 'asd', 'tsa', 'tca', 'abi', 'tbi', 'tcc',
  'ibd', 'ibs', 'ckd', 'asl', 'lsq', 'avc', 'osi', 'gay', 'men', 'oxy', 'poz', 'ado',
]);

const PLACE_NAMES = new Set((gazetteer as { places: { name: string }[] }).places.map((p) => key(p.name.toLowerCase())));

const phrasesOf = (c: Concept) => [...c.en, ...c.fr];

/** Format problems, one line each. */
function formatProblems(concepts: Concept[]): string[] {
  const problems: string[] = [];
  for (const c of concepts) {
    const seen = new Set<string>();
    for (const p of phrasesOf(c)) {
      if (!PHRASE.test(p)) problems.push(`"${p}" (${c.about}) is not lower-case words separated by single spaces`);
      const words = key(p).split(' ');
      if (words.every((w) => STOP_WORDS.has(w))) problems.push(`"${p}" (${c.about}) is only small words`);
      if (words.length === 1 && words[0]!.length < 4 && !SHORT_WORDS.has(words[0]!)) problems.push(`"${p}" (${c.about}) is a short word on its own`);
      if (PLACE_NAMES.has(key(p))) problems.push(`"${p}" (${c.about}) is a place name`);
      if (seen.has(p)) problems.push(`"${p}" (${c.about}) is listed twice`);
      seen.add(p);
    }
  }
  return problems;
}

/** Concepts whose topics, terms or access are not the directory's. */
function shapeProblems(concepts: Concept[], slugs: string[]): string[] {
  const problems: string[] = [];
  for (const c of concepts) {
    if (!c.about.trim() || /[.!?]$/.test(c.about)) problems.push(`"${c.about}" is not a phrase to follow "Showing groups about"`);
    if (!c.topics.length) problems.push(`${c.about}: no topics`);
    if (new Set(c.topics).size !== c.topics.length) problems.push(`${c.about}: a topic twice`);
    for (const t of c.topics) if (!slugs.includes(t)) problems.push(`${c.about}: unknown topic "${t}"`);
    if (c.terms.length > 4) problems.push(`${c.about}: more than four terms`);
    for (const t of c.terms) if (!/^[a-z0-9]+$/.test(t)) problems.push(`${c.about}: term "${t}" is not one lower-case English word`);
    for (const a of c.access ?? []) if (!(ACCESSIBILITY_CODES as readonly string[]).includes(a)) problems.push(`${c.about}: unknown access "${a}"`);
    if (!c.en.length && !c.fr.length) problems.push(`${c.about}: no phrases`);
  }
  return problems;
}

/** Phrases (as the matcher reads them, "al-anon" also as "alanon") in concepts that lead to different topics. */
function ambiguities(concepts: Concept[]): string[] {
  const owners = new Map<string, Concept[]>();
  for (const c of concepts) {
    for (const p of phrasesOf(c)) {
      const forms = p.includes('-') ? [key(p), key(p).replace(/ /g, '')] : [key(p)];
      for (const f of forms) {
        const list = owners.get(f) ?? [];
        if (!list.includes(c)) owners.set(f, [...list, c]);
      }
    }
  }
  const problems: string[] = [];
  for (const [phrase, list] of owners) {
    if (new Set(list.map((c) => c.topics.join(','))).size > 1) problems.push(`"${phrase}" is in ${list.map((c) => `"${c.about}" (${c.topics.join(', ')})`).join(' and ')}`);
  }
  return problems;
}

/** Per topic: distinct phrases and French phrases of the concepts that name it. */
function countsByTopic(concepts: Concept[], slugs: string[]): Map<string, { total: number; french: number }> {
  const counts = new Map<string, { total: number; french: number }>();
  for (const slug of slugs) {
    const mine = concepts.filter((c) => c.topics.includes(slug));
    counts.set(slug, {
      total: new Set(mine.flatMap((c) => phrasesOf(c).map(key))).size,
      french: new Set(mine.flatMap((c) => c.fr.map(key))).size,
    });
  }
  return counts;
}

function thinTopics(concepts: Concept[], slugs: string[]): string[] {
  const problems: string[] = [];
  for (const [slug, { total, french }] of countsByTopic(concepts, slugs)) {
    if (total < MIN_PHRASES) problems.push(`${slug} has ${total} phrases, fewer than ${MIN_PHRASES}`);
    if (french < MIN_FRENCH) problems.push(`${slug} has ${french} French phrases, fewer than ${MIN_FRENCH}`);
  }
  return problems;
}

/** The concept a phrase belongs to, compared as the matcher reads it. */
const conceptFor = (concepts: Concept[], phrase: string) => concepts.find((c) => phrasesOf(c).some((p) => key(p) === key(phrase)));

describe('the search vocabulary', () => {
  it('reads the topic slugs from the seed', () => {
    expect(SLUGS).toContain('bereavement');
    expect(SLUGS.length).toBe(fs.readFileSync(TOPICS_FILE, 'utf8').match(/\bslug: '/g)?.length);
  });

  it('points only to the directory’s topics and meeting-place features', () => {
    expect(shapeProblems(CONCEPTS, SLUGS)).toEqual([]);
  });

  it(`gives every topic at least ${MIN_PHRASES} phrases, ${MIN_FRENCH} of them French`, () => {
    expect(thinTopics(CONCEPTS, SLUGS)).toEqual([]);
  });

  it('writes phrases as lower-case words, each once, none only small words or a place', () => {
    expect(formatProblems(CONCEPTS)).toEqual([]);
  });

  it('never has one phrase lead to two different sets of topics', () => {
    expect(ambiguities(CONCEPTS)).toEqual([]);
  });

  // The issue's examples: the phrase, the topic it leads with, other topics it must name, meeting-place features.
  it.each([
    ['lost my husband', 'bereavement', [], []],
    ['widow', 'bereavement', [], []],
    ['passed away', 'bereavement', [], []],
    ['deuil', 'bereavement', [], []],
    ['grief support', 'bereavement', [], []],
    ['gambling problem', 'addictions', [], []],
    ['gambling', 'addictions', [], []],
    ['narcotics', 'addictions', [], []],
    ['cocaine', 'addictions', [], []],
    ['fentanyl', 'addictions', [], []],
    ['opioids', 'addictions', [], []],
    ['aa', 'addictions', [], []],
    ['12 step', 'addictions', [], []],
    ['alcoholics anonymous', 'addictions', [], []],
    ['drinking', 'addictions', [], []],
    ['alcoholic', 'addictions', [], []],
    ['sober', 'addictions', [], []],
    ['wheelchair user', 'disability', [], ['wheelchair']],
    ['wheelchair', 'disability', [], ['wheelchair']],
    ['my husband drinks', 'addictions', ['family-parenting'], []],
    ['partner drinks', 'addictions', ['family-parenting'], []],
    ['my wife drinks', 'addictions', ['family-parenting'], []],
    ['my dad drinks', 'addictions', ['family-parenting'], []],
    ['my son uses drugs', 'addictions', ['family-parenting'], []],
    ['al-anon', 'addictions', ['family-parenting'], []],
    ['nar-anon', 'addictions', ['family-parenting'], []],
    ['baby', 'family-parenting', [], []],
    ['new mom', 'family-parenting', [], []],
    ['postpartum', 'family-parenting', [], []],
    ['new baby', 'family-parenting', [], []],
    ['alzheimers', 'caregiving', ['seniors'], []],
    ["alzheimer's", 'caregiving', ['seniors'], []],
    ['dementia', 'caregiving', ['seniors'], []],
    ['suicide loss', 'bereavement', [], []],
    ['lost someone to suicide', 'bereavement', [], []],
  ] as [string, string, string[], string[]][])('“%s” leads to %s', (phrase, first, also, access) => {
    const concept = conceptFor(CONCEPTS, phrase);
    expect(concept, `no concept has "${phrase}"`).toBeDefined();
    expect(concept!.topics[0]).toBe(first);
    expect(concept!.topics).toEqual(expect.arrayContaining(also));
    expect(concept!.access ?? []).toEqual(access);
  });

  it('leaves crisis words to the crisis check', () => {
    for (const word of ['suicide', 'kill myself', 'overdose', 'suicidal']) expect(conceptFor(CONCEPTS, word), word).toBeUndefined();
  });
});

describe('the checks', () => {
  const good: Concept = { about: 'gambling', topics: ['addictions'], terms: ['gambling'], en: ['gambling', 'betting', 'casino'], fr: ['jeu compulsif'] };

  it('name a topic that is short of phrases or of French ones', () => {
    expect(thinTopics([good], ['addictions', 'veterans'])).toEqual([
      'addictions has 4 phrases, fewer than 15',
      'addictions has 1 French phrases, fewer than 3',
      'veterans has 0 phrases, fewer than 15',
      'veterans has 0 French phrases, fewer than 3',
    ]);
  });

  it('catch an unknown topic or access code and a sentence for `about`', () => {
    const bad = { ...good, about: 'Gambling.', topics: ['gaming'], access: ['ramp'] } as unknown as Concept;
    expect(shapeProblems([bad], SLUGS)).toEqual([
      '"Gambling." is not a phrase to follow "Showing groups about"',
      'Gambling.: unknown topic "gaming"',
      'Gambling.: unknown access "ramp"',
    ]);
  });

  it('catch capitals, punctuation, double spaces, short words, places and repeats', () => {
    const bad = { ...good, en: ['Gambling', 'bet!', 'slot  machines', 'the', 'gam', 'toronto', 'casino', 'casino'] };
    expect(formatProblems([bad])).toEqual([
      '"Gambling" (gambling) is not lower-case words separated by single spaces',
      '"bet!" (gambling) is not lower-case words separated by single spaces',
      '"slot  machines" (gambling) is not lower-case words separated by single spaces',
      '"the" (gambling) is only small words',
      '"the" (gambling) is a short word on its own',
      '"gam" (gambling) is a short word on its own',
      '"toronto" (gambling) is a place name',
      '"casino" (gambling) is listed twice',
    ]);
  });

  it('catch one phrase leading two ways, hyphenated or not', () => {
    const other: Concept = { about: 'family', topics: ['family-parenting'], terms: [], en: ['casino', 'alanon'], fr: [] };
    const alAnon: Concept = { ...good, en: ['al-anon'] };
    expect(ambiguities([good, other, alAnon])).toEqual([
      '"casino" is in "gambling" (addictions) and "family" (family-parenting)',
      '"alanon" is in "family" (family-parenting) and "gambling" (addictions)',
    ]);
  });

  it('find the examples by how the matcher reads them', () => {
    expect(conceptFor([good], 'Gambling'.toLowerCase())).toBe(good);
    expect(conceptFor([good], 'poker')).toBeUndefined();
  });
});
