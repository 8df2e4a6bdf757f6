// Reads what a visitor typed with the search vocabulary (phrases.ts): which
// concepts it names ("my husband drinks" → addictions and family), which
// words are left over, and what to say about it. Pure and synchronous: it
// runs on every results page before the database is asked anything.
import type { AccessibilityCode } from '../../vocabulary/index.ts';
import { CONCEPTS } from './phrases.ts';
import type { Concept } from './types.ts';

export type Interpretation = {
  /** Concepts named, in the order they were typed, each once. */
  concepts: Concept[];
  /** Topic slugs of those concepts, each once, most relevant first. */
  topics: string[];
  /** Words to rank the closest groups first within the topics. */
  terms: string[];
  /** Meeting-place features asked for ("wheelchair user"). */
  access: AccessibilityCode[];
  /** Typed words that were not part of a phrase and carry meaning (not "my", "group"). */
  rest: string[];
};

/**
 * Lower case, accents and apostrophes gone ("Alzheimer's" = "alzheimers",
 * "être" = "etre"), every other mark a space. Hyphens split words, so
 * "al-anon" and "al anon" are one phrase ("alanon" is indexed too).
 */
export function normalizeWords(text: string): string[] {
  return text
    .slice(0, 400)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

// Words that say nothing about which group fits: every listing is a support
// group, and pronouns and small words are in every sentence.
const FILLER = new Set(
  (
    'a an and are at be for from get go going have help her his how i im in is it its me my need of on or our she he the their them they to want we with ' +
    'you your am was been being this that what who near around close local support supports supporting group groups meeting meetings someone people person ' +
    'find looking look anyone please about after over some any can cant dont do does did just really very much too so ' +
    'au aux avec ce cette de des du en et est je la le les leur ma mes mon ne nous pas pour qui sa ses son sur un une vous aide groupe groupes soutien reunion reunions entraide'
  ).split(' '),
);

type Entry = { words: string[]; concept: Concept };

/** Phrases by their first word; the longest first, so "al anon" wins over "al". */
const BY_FIRST = new Map<string, Entry[]>();
const KNOWN = new Set<string>();
for (const concept of CONCEPTS) {
  for (const phrase of [...concept.en, ...concept.fr]) {
    const words = normalizeWords(phrase);
    if (!words.length) continue;
    const variants = words.length > 1 && /-/.test(phrase) ? [words, [words.join('')]] : [words];
    for (const v of variants) {
      for (const w of v) KNOWN.add(w);
      BY_FIRST.set(v[0]!, [...(BY_FIRST.get(v[0]!) ?? []), { words: v, concept }]);
    }
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);
const KNOWN_BY_LENGTH = new Map<number, string[]>();
for (const w of KNOWN) KNOWN_BY_LENGTH.set(w.length, [...(KNOWN_BY_LENGTH.get(w.length) ?? []), w]);

/** Optimal string alignment distance, giving up past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The vocabulary's spelling of a typed word: itself when known, else the
 * closest known word one letter off (two for long words), so "greif" reads
 * as "grief" and "alzhiemers" as "alzheimers". Short words are taken as
 * typed: "na" and "aa" are names, and three letters leave too little to judge.
 */
function spellingOf(word: string): string {
  if (KNOWN.has(word) || word.length < 4 || /\d/.test(word)) return word;
  const max = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = max + 1;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const known of KNOWN_BY_LENGTH.get(len) ?? []) {
      // The first letter is rarely the one mistyped; this keeps "lost" from becoming "cost".
      if (known[0] !== word[0]) continue;
      const d = distance(word, known, max);
      if (d < bestDistance) [best, bestDistance] = [known, d];
    }
  }
  return best;
}

/** What the query names, and what is left once the phrases are taken out. */
export function interpret(q: string): Interpretation {
  const typed = normalizeWords(q);
  const words = typed.map(spellingOf);
  const concepts: Concept[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; ) {
    const found = (BY_FIRST.get(words[i]!) ?? []).find((e) => e.words.every((w, k) => words[i + k] === w));
    if (found) {
      if (!concepts.includes(found.concept)) concepts.push(found.concept);
      i += found.words.length;
      continue;
    }
    const w = typed[i]!;
    if (!FILLER.has(w) && !rest.includes(w)) rest.push(w);
    i++;
  }
  const unique = <T,>(xs: T[]) => [...new Set(xs)];
  return {
    concepts,
    topics: unique(concepts.flatMap((c) => c.topics)),
    terms: unique(concepts.flatMap((c) => c.terms)),
    access: unique(concepts.flatMap((c) => c.access ?? [])),
    rest,
  };
}

/** "gambling", "gambling and family", "grief, drinking and family": how the page names what it looked for. */
export function describeConcepts(concepts: Concept[]): string {
  const names = [...new Set(concepts.map((c) => c.about))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
