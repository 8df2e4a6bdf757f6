// Finds the plain words of a websearch-style query ("quoted phrases", OR,
// -exclusions) that may be misspelled, and rewrites the query with
// corrections. Quoted phrases and excluded words are left exactly as typed.

/** Words outside quotes, not OR, not excluded; letters only, 4+ characters. */
export function correctableWords(q: string): string[] {
  const words: string[] = [];
  let inQuote = false;
  for (const token of q.split(/(\s+|")/)) {
    if (token === '"') {
      inQuote = !inQuote;
      continue;
    }
    if (inQuote || !token.trim() || token.startsWith('-')) continue;
    const w = token.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (w === 'or' || !/^[a-z]{4,40}$/.test(w)) continue;
    if (!words.includes(w)) words.push(w);
  }
  return words;
}

/** The query with each corrected word replaced (outside quotes only). */
export function applyCorrections(q: string, corrections: Map<string, string>): string {
  let inQuote = false;
  return q
    .split(/(\s+|")/)
    .map((token) => {
      if (token === '"') {
        inQuote = !inQuote;
        return token;
      }
      if (inQuote || token.startsWith('-')) return token;
      const key = token.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return corrections.get(key) ?? token;
    })
    .join('');
}

/** Whether the query excludes a word ("-pet"), which websearch syntax marks with a leading "-". */
export function hasExclusion(q: string): boolean {
  return /(^|\s)-\S/.test(q);
}

/**
 * The words every match of a websearch-style query must hold: each word of
 * a quoted phrase and each word outside quotes that is not excluded. Null
 * when the query has OR (then no word is needed by every match) or a shape
 * this reading does not follow exactly (a quote inside a word, an excluded
 * phrase, unbalanced quotes): the caller then relies on the whole query.
 */
export function requiredWords(q: string): string[] | null {
  const words: string[] = [];
  let inQuote = false;
  for (const raw of q.split(/\s+/).filter(Boolean)) {
    let token = raw;
    const opens = token.startsWith('"');
    if (opens) {
      if (inQuote) return null;
      inQuote = true;
      token = token.slice(1);
    }
    const closes = token.endsWith('"');
    if (closes) token = token.slice(0, -1);
    if (token.includes('"')) return null;
    if (!inQuote && token.toLowerCase() === 'or') return null;
    if (!inQuote && token.startsWith('-')) {
      if (opens || closes) return null;
    } else if (token && token !== '-') words.push(token);
    if (closes) {
      if (!inQuote) return null;
      inQuote = false;
    }
  }
  return inQuote ? null : words;
}
