// An uploaded file → records, whatever its form: the size is checked on the
// bytes first, then the form is told by its first bytes (a zip, JSON) or
// read as a listings CSV.
import { readCsv, type CsvTable } from './csv.ts';
import { parseHsdsJson } from './hsds-json.ts';
import { sizeProblem } from './limits.ts';
import { guessMapping, recordsFromCsv, type ColumnMapping } from './listings-csv.ts';
import { parseTabularZip } from './tabular.ts';
import type { ParsedUpload } from './types.ts';

export type ReadUpload =
  | ParsedUpload
  /** A CSV whose columns need matching to the directory's fields first. */
  | { ok: 'needs-mapping'; table: CsvTable; mapping: ColumnMapping };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
function isJson(b: Uint8Array) {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return b[i] === 0x7b || b[i] === 0x5b;
}

/** `askMapping` shows the column step even when every header was recognised. */
export function readUpload(bytes: Uint8Array, today: string, askMapping = false): ReadUpload {
  const tooBig = sizeProblem(bytes.byteLength);
  if (tooBig) return { ok: false, problems: [{ where: 'the file', reason: tooBig }] };
  if (isZip(bytes)) return parseTabularZip(bytes, today);
  if (isJson(bytes)) return parseHsdsJson(bytes, today);
  const read = readCsv(bytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { mapping, complete } = guessMapping(read.table.headers);
  if (!complete || askMapping) return { ok: 'needs-mapping', table: read.table, mapping };
  return recordsFromCsv(read.table, mapping, today);
}
