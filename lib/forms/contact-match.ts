// How an email address or a phone number is compared when staff look for
// everything held about a person. Pure. Phone numbers are stored as typed
// ("(416) 555-0199", "+1 416 555 0199 ext. 12"), so they are matched on
// their digits, with the North American country code and extension set
// aside: the same line written any of those ways is one number.

export const normaliseEmail = (value: string) => value.trim().toLowerCase();

/**
 * The digits that identify a phone line: no punctuation, no extension, no
 * "00" international prefix, and no leading 1 on an eleven-digit North
 * American number. Other country codes stay (+44 20 7946 0018 → 442079460018).
 * Null when fewer than seven digits remain.
 */
export function normalisePhone(value: string): string | null {
  const withoutExtension = value.split(/\s*(?:x|ext\.?|extension)\s*\d/i)[0] ?? '';
  let digits = withoutExtension.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/**
 * A PostgreSQL regular expression that finds the number inside free text
 * or a differently typed column: any punctuation between digits, an optional
 * "+1", "1" or "+" in front, and no digit right before or after (so 416-555-0199
 * does not match inside 1416-555-01999).
 */
export function phonePattern(normalised: string): string {
  const body = [...normalised].join('[^0-9a-z]{0,3}');
  const prefix = normalised.length === 10 ? '(\\+?0{0,2}1[^0-9a-z]{0,3})?' : '(\\+|00)?';
  return `(^|[^0-9])${prefix}${body}($|[^0-9])`;
}

/** The lookup text of a referral client's contact: an email or a phone number, whichever it is. */
export function normaliseContact(value: string): string | null {
  if (value.includes('@')) return `email:${normaliseEmail(value)}`;
  const phone = normalisePhone(value);
  return phone ? `phone:${phone}` : null;
}
