// CSV text → rows of cells with their line numbers, by csv-parse (decision
// 030). A quoting error is refused with its line, never half-read.
import { parse } from 'csv-parse/sync';
import { decodeUtf8 } from './cells.ts';
import type { DocumentProblem } from './types.ts';

export type CsvTable = { headers: string[]; rows: { line: number; cells: string[] }[] };

export function readCsv(bytes: Uint8Array, file = 'the file'): { ok: true; table: CsvTable } | { ok: false; problem: DocumentProblem } {
  const text = decodeUtf8(bytes);
  if (!text.ok) return { ok: false, problem: { where: `${file}, line ${text.line}`, reason: 'This line is not UTF-8 text (the file may have been saved as Windows-1252 or Latin-1). Save it as UTF-8 and upload it again.' } };
  // A NUL byte is never in a text file, and PostgreSQL could not keep it in the stored table or listing.
  const nul = text.text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, problem: { where: `${file}, line ${text.text.slice(0, nul).split('\n').length}`, reason: 'This line holds a NUL character, so the file is not text. Save it as a CSV (UTF-8) and upload it again.' } };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { ok: false, problem: { where: `${file}${err.lines ? `, line ${err.lines}` : ''}`, reason: `The CSV cannot be read: ${err.message.replace(/^Invalid Record Length: /, '')}` } };
  }
  const [head, ...rest] = records;
  if (!head) return { ok: false, problem: { where: file, reason: 'The CSV has no header row.' } };
  return { ok: true, table: { headers: head.record.map((h) => h.trim()), rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })) } };
}

/** Rows as objects keyed by header, for the HSDS tables. */
export function asObjects(table: CsvTable): Record<string, string>[] {
  return table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, r.cells[i] ?? ''])));
}
