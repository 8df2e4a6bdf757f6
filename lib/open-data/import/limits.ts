// The documented limits of an upload (decision 030). The size is checked on
// the bytes before anything parses them; the rest bound the work a parsed
// file can ask for.
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_WORDS = '20 MB';
/** A zip's files may not unpack to more than this in total (a zip bomb is refused before inflating). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** Listings in one upload. */
export const MAX_RECORDS = 5000;
/** Document problems listed before "and N more". */
export const MAX_PROBLEMS_SHOWN = 50;

export function sizeProblem(bytes: number): string | null {
  if (bytes > MAX_UPLOAD_BYTES) return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; uploads are limited to ${MAX_UPLOAD_WORDS}. Split it into smaller files.`;
  if (bytes === 0) return 'The file is empty.';
  return null;
}
