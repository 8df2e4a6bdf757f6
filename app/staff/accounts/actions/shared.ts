// Helpers the account actions share (not an action file: no 'use server').
import 'server-only';

/** An account id from a form: cuid-like, never longer than 40 characters. */
export function readAccountId(form: FormData): string | null {
  const v = form.get('id');
  return typeof v === 'string' && /^[a-z0-9]{10,40}$/.test(v) ? v : null;
}
