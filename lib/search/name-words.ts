/**
 * Which name words a tier's groups must carry, read off its tsquery.
 *
 * Groups named for every word of a search are listed first, A–Z. Each
 * group's name words are kept in a list per word, in A–Z order
 * ("GroupNameWord", decision 041), so that tier can be read down a word's
 * list instead of gathered and sorted. That needs words such that every
 * group the tsquery matches has one of them in its name: a cover.
 *
 * - a word: itself (a prefix, `'grief':*`, has no list of its own: none);
 * - `a & b`, `a <-> b`: a cover of either side; the smaller is taken;
 * - `a | b`: a cover of each side together;
 * - `!a`: none (it matches names without the word).
 *
 * Searches read in English and in French are `english | french`, so a
 * cover takes a word from each reading. A tsquery this cannot read has no
 * cover, and the tier is read as before.
 */

type Node = { kind: 'word'; word: string; prefix: boolean } | { kind: 'not'; of: Node } | { kind: 'all' | 'any'; of: Node[] };

/** The smallest cover of `tsquery` (PostgreSQL's text form), by `size` of each word's list; null for none. */
export function nameWordCover(tsquery: string, size: (word: string) => number): string[] | null {
  const node = parseTsquery(tsquery);
  const found = node && cover(node, size);
  return found ? [...found.words] : null;
}

function cover(node: Node, size: (word: string) => number): { words: Set<string>; size: number } | null {
  switch (node.kind) {
    case 'word':
      return node.prefix ? null : { words: new Set([node.word]), size: size(node.word) };
    case 'not':
      return null;
    case 'all': {
      let best: { words: Set<string>; size: number } | null = null;
      for (const part of node.of) {
        const c = cover(part, size);
        if (c && (!best || c.size < best.size)) best = c;
      }
      return best;
    }
    case 'any': {
      const words = new Set<string>();
      for (const part of node.of) {
        const c = cover(part, size);
        if (!c) return null;
        for (const w of c.words) words.add(w);
      }
      return { words, size: [...words].reduce((n, w) => n + size(w), 0) };
    }
  }
}

type Token = { op: '|' | '&' | '!' | '(' | ')' | '<>' } | { word: string; prefix: boolean };

/** PostgreSQL's tsquery output: quoted lexemes with :* and weights, ! & | <-> <N> and parentheses. Null when it is not that. */
export function parseTsquery(text: string): Node | null {
  const tokens = tokenize(text);
  if (!tokens || !tokens.length) return null;
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (op: string) => {
    const t = peek();
    return t !== undefined && 'op' in t && t.op === op;
  };
  // One level of binary operators, `next (op next)*`: one node of `kind` when there are several.
  const level =
    (op: string, kind: 'all' | 'any', next: () => Node | null) =>
    (): Node | null => {
      const of = [next()];
      while (isOp(op)) {
        i++;
        of.push(next());
      }
      return of.includes(null) ? null : of.length === 1 ? of[0]! : { kind, of: of as Node[] };
    };
  // Lowest to highest: | then & then <-> then !. A phrase matches only
  // where all its words are: for a cover, it is `&`.
  const phrase = level('<>', 'all', () => unary());
  const all = level('&', 'all', phrase);
  const any = level('|', 'any', all);
  const unary = (): Node | null => {
    const t = tokens[i++];
    if (!t) return null;
    if ('word' in t) return { kind: 'word', word: t.word, prefix: t.prefix };
    if (t.op === '!') {
      const of = unary();
      return of && { kind: 'not', of };
    }
    if (t.op === '(') {
      const inner = any();
      if (!isOp(')')) return null;
      i++;
      return inner;
    }
    return null;
  };
  const node = any();
  return i === tokens.length ? node : null;
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ') i++;
    else if (c === '|' || c === '&' || c === '!' || c === '(' || c === ')') {
      tokens.push({ op: c });
      i++;
    } else if (c === '<') {
      // <-> or <N>
      const m = /^<(-|\d+)>/.exec(text.slice(i));
      if (!m) return null;
      tokens.push({ op: '<>' });
      i += m[0].length;
    } else if (c === "'") {
      // Quotes inside a lexeme are doubled, and a backslash escapes the next character.
      let word = '';
      i++;
      for (;;) {
        if (i >= text.length) return null;
        const d = text[i]!;
        if (d === '\\' && i + 1 < text.length) {
          word += text[i + 1];
          i += 2;
        } else if (d === "'" && text[i + 1] === "'") {
          word += "'";
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          word += d;
          i++;
        }
      }
      // ":*" marks a prefix; letters A–D are weights, which a list by word ignores.
      const m = /^:(\*?)[A-D]*/.exec(text.slice(i));
      const prefix = m ? m[0].includes('*') : false;
      if (m) i += m[0].length;
      tokens.push({ word, prefix });
    } else return null;
  }
  return tokens;
}
