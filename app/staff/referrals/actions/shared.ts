import 'server-only';

export function readReferralId(form: FormData): string | null {
  const v = form.get('id');
  return typeof v === 'string' && /^[a-z0-9]{10,40}$/.test(v) ? v : null;
}
