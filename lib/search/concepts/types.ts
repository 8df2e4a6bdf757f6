// The shape of the search vocabulary: what people type when they look for a
// group, mapped to the directory's topics. The data is in phrases.ts; the
// code that reads a query with it is interpret.ts.
import type { AccessibilityCode } from '../../vocabulary/index.ts';

export type Concept = {
  /**
   * What the results page says it looked for, in a sentence such as
   * "Showing groups about gambling." Lower case unless a name ("Al-Anon").
   */
  about: string;
  /**
   * Topic slugs (prisma/seed/topics.ts), most relevant first. A group in
   * every one of them ranks above a group in only some.
   */
  topics: string[];
  /**
   * Words looked for in a listing's name, topics and keywords to rank the
   * closest groups first within the topics ("gambling" inside Addictions).
   * English; stemmed by PostgreSQL. Empty when the topic says it all.
   */
  terms: string[];
  /** Meeting-place features the phrase asks for ("wheelchair user"). */
  access?: AccessibilityCode[];
  /**
   * Phrases as people type them, in English: everyday words, slang, program
   * names, clinical terms, common misspellings are handled by the matcher
   * (one or two letters off), so list distinct wordings, not typos.
   * Lower case, no punctuation except apostrophes and hyphens.
   */
  en: string[];
  /** The same, in French (accents as written; the matcher ignores them). */
  fr: string[];
};
