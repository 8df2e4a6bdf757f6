// Suggestions while a visitor types in the search form: topic names for
// "What are you looking for?", town names for "Where?". Whatever arrives is
// parsed, never trusted: junk gives no suggestions rather than an error.
import 'server-only';
import { z } from 'zod';
import { listTopicKeywords } from '../listings/topics-data.ts';
import { suggestPlaces } from '../geo/gazetteer.ts';
import { foldText } from '../fold.ts';

export type Suggestion = { label: string; kind: 'topic' | 'place' };
export const SUGGEST_FIELDS = ['what', 'where'] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];

/** Text beyond this many characters is not looked at. */
export const MAX_SUGGEST_LENGTH = 100;
/** One letter matches too much to help; the form asks from two. */
export const MIN_SUGGEST_LENGTH = 2;
const MAX_LIMIT = 20;

/** What /api/suggest accepts, written once for the route and for suggestFor. */
export const suggestRequestSchema = z.object({
  field: z.enum(SUGGEST_FIELDS, { error: 'field must be "what" or "where".' }),
  q: z
    .string({ error: 'q must be text.' })
    .max(MAX_SUGGEST_LENGTH, { error: `q must be at most ${MAX_SUGGEST_LENGTH} characters.` }),
});

const limitSchema = z.number().int().catch(8).transform((n) => Math.max(0, Math.min(MAX_LIMIT, n)));

/** Suggestions for one field of the search form; [] for anything unusable, never a throw. */
export async function suggestFor(field: SuggestField, text: string, limit = 8): Promise<Suggestion[]> {
  const parsed = suggestRequestSchema.safeParse({ field, q: typeof text === 'string' ? text.slice(0, MAX_SUGGEST_LENGTH) : text });
  if (!parsed.success) return [];
  const max = limitSchema.parse(limit);
  if (max === 0 || parsed.data.q.trim().length < MIN_SUGGEST_LENGTH) return [];
  if (parsed.data.field === 'where') return suggestPlaces(parsed.data.q, max).map((label) => ({ label, kind: 'place' }));
  return (await suggestTopics(parsed.data.q)).slice(0, max);
}

/**
 * Topics whose name or one of whose keywords has a word starting with the
 * text ("anx" finds Mental Health through "anxiety"; "new m" finds
 * Family/Parenting through "new mom"). Names that match come before
 * keywords that do, then A–Z.
 */
export async function suggestTopics(prefix: string): Promise<Suggestion[]> {
  const wanted = foldText(typeof prefix === 'string' ? prefix.slice(0, MAX_SUGGEST_LENGTH) : '');
  if (wanted.length < MIN_SUGGEST_LENGTH) return [];
  const ranked: { name: string; rank: number }[] = [];
  for (const t of await listTopicKeywords()) {
    const rank = startsAWord(t.name, wanted) ? (foldText(t.name).startsWith(wanted) ? 0 : 1) : t.keywords.some((k) => startsAWord(k, wanted)) ? 2 : -1;
    if (rank >= 0) ranked.push({ name: t.name, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return ranked.map((r) => ({ label: r.name, kind: 'topic' }));
}


/** Whether some word of the phrase begins what was typed (which may run on over later words). */
function startsAWord(phrase: string, wanted: string): boolean {
  return ` ${foldText(phrase)}`.includes(` ${wanted}`);
}
