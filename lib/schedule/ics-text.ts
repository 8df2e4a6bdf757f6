/**
 * RFC 5545 content-line mechanics: escaping, folding and date-time values.
 */
import { type CivilDate, type WallTime, pad2 } from './civil';

export const CRLF = '\r\n';

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Parameter values (§3.2) cannot contain DQUOTE and must be quoted when they
 * contain ":", ";" or ",". IANA zone names never do, but TZID comes from data.
 */
export function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** URI values are not TEXT-escaped, but a line break would end the content line. */
export function uriValue(value: string): string {
  return value.replace(/[\r\n]/g, '');
}

const encoder = new TextEncoder();

/**
 * Fold one content line to at most 75 octets per physical line (§3.1).
 * Continuation lines start with a space, which counts toward their 75.
 * Splits only between code points so multi-byte UTF-8 characters stay whole.
 */
export function foldLine(line: string): string {
  const LIMIT = 75;
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = pieces.length === 0 ? LIMIT : LIMIT - 1;
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** Local ("floating" or TZID-qualified) DATE-TIME: 20260310T190000. */
export function localDateTime(date: CivilDate, time: WallTime, second = 0): string {
  return `${String(date.year).padStart(4, '0')}${pad2(date.month)}${pad2(date.day)}T${pad2(time.hour)}${pad2(time.minute)}${pad2(second)}`;
}

/** UTC DATE-TIME: 20260301T120000Z. */
export function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** UTC-OFFSET (§3.3.14): -0500, +0530, with seconds only when present. */
export function utcOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMs) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${pad2(hours)}${pad2(minutes)}${seconds ? pad2(seconds) : ''}`;
}

export const ICS_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** ISO weekday (1 = Monday) to its RFC 5545 two-letter code. */
export function icsWeekday(isoWeekday: number): string {
  return ICS_WEEKDAYS[isoWeekday - 1] ?? 'MO';
}
