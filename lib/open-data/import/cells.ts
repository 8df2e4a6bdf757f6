// Checks on text from a spreadsheet or file before anything reads it:
// strict UTF-8 (a file saved in another encoding is refused with the line,
// rather than stored with mangled letters), and cells a spreadsheet would
// run as a formula when the data is exported again and opened.

/** The decoded text, or the first line (1-based) holding bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          return { ok: false, line };
        }
        line++;
        start = i + 1;
      }
    }
    return { ok: false, line: 1 };
  }
}

/** A number or phone number such as "-1" or "+1 416 555 0100" starts with + or - but is no formula. */
const SIGNED_NUMBER = /^[+-][\d\s().-]*$/;

/**
 * Why a cell would be read as a formula (OWASP's CSV injection list: =, +,
 * -, @, tab and carriage return at the start), or null when it is plain text.
 */
export function formulaProblem(cell: string): string | null {
  const first = cell.charAt(0);
  if (first === '=' || first === '@' || first === '\t' || first === '\r' || ((first === '+' || first === '-') && !SIGNED_NUMBER.test(cell))) {
    const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
    return `“${shown}” starts with “${first === '\t' ? 'a tab' : first === '\r' ? 'a line break' : first}”, which a spreadsheet runs as a formula; formulas are not accepted`;
  }
  return null;
}
