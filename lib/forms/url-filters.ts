// A list page's filters, read from its address (GET forms, links, bookmarks).
// Each parameter is parsed on its own with zod: a missing or empty one takes
// its default silently, an unusable one takes its default too but is named
// in `problems`, so the page can say what it left out instead of failing or
// quietly showing something else than was asked for (decision 031).
import { z } from 'zod';

export type RawParams = Record<string, string | string[] | undefined>;

/** `schema` reads the parameter's (first) value; `label` names it to the person reading the page. */
export type UrlField<T> = { schema: z.ZodType<T>; fallback: T; label: string };
type Values<F> = { [K in keyof F]: F[K] extends UrlField<infer T> ? T : never };
export type UrlProblem = { param: string; label: string };

export function field<T>(schema: z.ZodType<T>, fallback: T, label: string): UrlField<T> {
  return { schema, fallback, label };
}

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function readUrlFilters<F extends Record<string, UrlField<unknown>>>(fields: F, params: RawParams): { filters: Values<F>; problems: UrlProblem[] } {
  const filters: Record<string, unknown> = {};
  const problems: UrlProblem[] = [];
  for (const [param, f] of Object.entries(fields)) {
    // Own keys only: "__proto__" or "constructor" in an address are never a filter.
    const raw = Object.hasOwn(params, param) ? firstOf(params[param]) : undefined;
    if (raw === undefined || raw.trim() === '') {
      filters[param] = f.fallback;
      continue;
    }
    const parsed = f.schema.safeParse(raw.trim());
    if (parsed.success) filters[param] = parsed.data;
    else {
      filters[param] = f.fallback;
      problems.push({ param, label: f.label });
    }
  }
  return { filters: filters as Values<F>, problems };
}

/** `?page=`: a whole number from 1. */
export const pageField = field(z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1)), 1, 'Page');
/** A checkbox sent as "1". */
export const flagField = (label: string) => field(z.literal('1').transform(() => true), false, label);
/** Free text typed into a search box. */
export const textField = (max: number, label: string) => field(z.string().max(max), '', label);
/** One of a fixed set of codes, or nothing. */
export function choiceField<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return field<T[number] | null>(z.enum(values), null, label);
}
/** One of a fixed set of codes with a default (sort orders). */
export function choiceWithDefault<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], label: string) {
  return field<T[number]>(z.enum(values), fallback, label);
}
