import 'server-only';

/** A sheet's slug from a form, or null. */
export function readSheetSlug(form: FormData): string | null {
  const v = form.get('slug');
  return typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && v.length <= 100 ? v : null;
}
