// Turns an audit entry's before/after JSON into rows a person can read:
// one per changed field, with nested fields as dotted paths.
export type DiffRow = { path: string; before: string | null; after: string | null };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function flatten(value: unknown, prefix: string, out: Map<string, string>) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, Json>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  if (value === undefined) return;
  out.set(prefix || '(value)', typeof value === 'string' ? value : JSON.stringify(value));
}

/** Changed fields only when both sides exist; every field of the side present otherwise. */
export function diffAudit(before: unknown, after: unknown): DiffRow[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  if (before !== null && before !== undefined) flatten(before, '', b);
  if (after !== null && after !== undefined) flatten(after, '', a);
  const paths = [...new Set([...b.keys(), ...a.keys()])].sort();
  return paths
    .map((path) => ({ path, before: b.get(path) ?? null, after: a.get(path) ?? null }))
    .filter((r) => r.before !== r.after);
}
