// What a hostile or careless visitor can type or put in a link, as
// fast-check arbitraries shared by every fuzz test: full Unicode (lone
// surrogates too: a JS string can hold them, PostgreSQL's UTF-8 cannot),
// NUL and other control characters (PostgreSQL refuses \u0000 in text),
// markup, SQL, tsquery operators, direction and zero-width marks, malformed
// percent-encoding and oversized values.
import fc from 'fast-check';

/** Fragments that have broken real parsers, databases and templates. */
export const NASTY_PIECES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</textarea><b>bold</b>',
  '<!--',
  ']]>',
  '&amp;&lt;&#0;&#x0;',
  "' OR 1=1 --",
  "'; DROP TABLE \"Group\"; --",
  '" OR ""="',
  '\\',
  '$1',
  '%s%n',
  '& | ! <-> ( ) : *',
  '!!:*',
  'a <-> b',
  '(((',
  ':*A',
  '%E0%A4%A',
  '%',
  '%%',
  '%00',
  '%ZZ',
  '%C0%AF',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u0085',
  '\u2028',
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '👩‍👩‍👧',
  'é',
  'ﷺ',
  'İ',
  'ß',
  'ǅ',
  '悲しみ',
  'مرحبا',
  '{{7*7}}',
  '${7*7}',
  'javascript:alert(1)',
  'mailto:%E0%A4%A',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '9999999999999999999999',
  'null',
  '',
  ' ',
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const control = fc.integer({ min: 0, max: 0x9f }).filter((n) => n < 0x20 || n >= 0x7f).map((n) => String.fromCharCode(n));
const piece = fc.constantFrom(...NASTY_PIECES);

/** Any UTF-16 code unit soup: code points, lone surrogates, controls and the fragments above. */
export const hostileText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: fc.oneof({ weight: 4, arbitrary: piece }, { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, loneSurrogate, control), maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: piece },
  );

/** Strings far over every limit the site sets (100,000 characters). */
export const oversized: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', 'é', '<b>', '\u0000', '%E0', '😢', ' '), fc.integer({ min: 5_000, max: 100_000 }))
  .map(([unit, chars]) => unit.repeat(Math.ceil(chars / unit.length)));

/** One form field or query value: mostly hostile text, sometimes far too long. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof({ weight: 20, arbitrary: hostileText() }, { weight: 1, arbitrary: oversized });

/** A raw query string, percent-encoded or not, malformed escapes included. */
export const rawQueryPart: fc.Arbitrary<string> = fc.oneof(
  hostileValue.map((v) => encodeURIComponentLoose(v)),
  hostileValue.map((v) => v.replace(/[&#]/g, '')),
  fc.constantFrom('%E0%A4%A', '%', '%%', '%FF%FE', '%ED%A0%80', '%00', '+', '%2B', '%u0041'),
);

/** encodeURIComponent, but a lone surrogate (which it refuses) is written as a broken escape. */
export function encodeURIComponentLoose(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return v.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[&#\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  }
}

/**
 * The value of each named field: the base value (a valid one, so the form
 * gets as far as the database), or hostile text in its place, or a repeat.
 */
export function formOverrides<K extends string>(fields: readonly K[]): fc.Arbitrary<Partial<Record<K, string | string[]>>> {
  const value = fc.oneof({ weight: 8, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.array(hostileValue, { minLength: 2, maxLength: 3 }) });
  return fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: Math.min(4, fields.length) }) as fc.Arbitrary<Partial<Record<K, string | string[]>>>;
}

export type RawParams = Record<string, string | string[] | undefined>;

/** Query-string pairs as a link could carry them: known names with good or hostile values, unknown names, repeats. */
export function queryString(names: readonly string[], good: readonly string[] = []): fc.Arbitrary<string> {
  const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: rawQueryPart });
  const value = good.length ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...good) }, { weight: 3, arbitrary: rawQueryPart }) : rawQueryPart;
  return fc.array(fc.tuple(name, value), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
}

/** The searchParams object Next hands a page for this query string (repeated names become arrays). */
export function paramsOf(query: string): RawParams {
  const out: RawParams = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** A path segment as Next's router passes it to a page: decoded, or left as written when the escape is broken. */
export function segmentOf(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A route segment (slug, token, position): a real one, one close to it, or hostile text. */
export function segment(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...real), hostileText(8)).map(([r, s]) => r + s) },
    { weight: 6, arbitrary: hostileValue },
    { weight: 1, arbitrary: rawQueryPart.map(segmentOf) },
  );
}
