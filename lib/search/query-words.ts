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
