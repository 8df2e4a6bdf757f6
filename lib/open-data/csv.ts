// CSV writing (RFC 4180: comma, double quotes, CRLF) with formula cells
// neutralised: a spreadsheet runs a cell that starts with = + - @ (or a tab
// or carriage return before one) as a formula, so a listing's text could
// otherwise open a link or run a command on the reader's machine (OWASP
// "CSV injection"). Such a cell gets a leading apostrophe, which spreadsheets
// hide and read as "this is text".
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A phone number or a signed number: digits and phone punctuation only, harmless in any spreadsheet. */
const PLAIN_NUMBER = /^[+-]?[\d\s().-]+$/;

/**
 * The cell as text, made safe to open in a spreadsheet. `keepNumbers`
 * leaves "+1 613 555 0100" and "-76.48" alone (the HSDS files, read by
 * programs); the listings CSV, made for spreadsheets, quotes every one.
 */
export function neutralise(value: string, keepNumbers = false): string {
  if (!FORMULA_START.test(value)) return value;
  if (keepNumbers && PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

function field(cell: Cell, keepNumbers: boolean): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? neutralise(cell, keepNumbers) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header line, then one line per row, each ending in CRLF. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[], options: { keepNumbers?: boolean } = {}): string {
  const keep = options.keepNumbers ?? false;
  const lines = [columns.map((c) => field(c, keep)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c], keep)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
