// The search state lives in the URL. Each parameter is parsed on its own and
// a bad value is dropped (and reported), never a 500: a shared or hand-edited
// link still shows results.
import { z } from 'zod';
import { ACCESSIBILITY_CODES, TIME_BAND_CODES, type AccessibilityCode } from '../vocabulary/index.ts';

export const ATTENDANCE = ['in-person', 'online', 'phone', 'hybrid'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const LEADERSHIP = ['member-led', 'hybrid', 'professional'] as const;
export const SORTS = ['relevance', 'distance', 'next', 'name'] as const;
/** Cost filters, by the words a visitor knows: free, pay what you can (a donation), a fee. */
export const COSTS = ['free', 'donation', 'fee'] as const;
export type CostFilter = (typeof COSTS)[number];
/** Round numbers in the visitor's own unit: 25 mi, not 16 km shown as miles. */
export const RADII = { km: [2, 5, 10, 25, 50, 100], mi: [1, 5, 10, 25, 50] } as const;
export const RADII_KM = RADII.km;
export const DEFAULT_RADIUS = 25;
export const KM_PER_MILE = 1.609344;
export const PAGE_SIZE = 20;
/** "Checked in the last year": listings staff verified within this many days. */
export const RECENTLY_CHECKED_DAYS = 365;
export const MAX_QUERY_LENGTH = 200;

export type SearchFilters = {
  q: string;
  topics: string[];
  attendance: (typeof ATTENDANCE)[number][];
  days: (typeof DAYS)[number][];
  times: (typeof TIME_BAND_CODES)[number][];
  languages: string[];
  costs: CostFilter[];
  leadership: (typeof LEADERSHIP)[number][];
  /** Meeting-place features the group must have, all of them. */
  access: AccessibilityCode[];
  /** Only listings staff checked in the last RECENTLY_CHECKED_DAYS days. */
  checked: boolean;
  soon: boolean;
  where: string;
  lat: number | null;
  lng: number | null;
  /** The radius as chosen, in `unit`; `radiusKm` is the same distance in km. */
  radius: number;
  radiusKm: number;
  unit: 'km' | 'mi';
  sort: (typeof SORTS)[number] | null;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

// Built once: building zod schemas on every call cost a results page 0.3 ms
// of CPU, more than parsing with them.
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60);
const lang = z.string().regex(/^[a-z]{2,3}$/);
const flag = z.enum(['1', 'true', 'on', 'yes']);
const PARAM = {
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  unit: z.enum(['km', 'mi']),
  radius: z.coerce.number().refine((n) => [...RADII.km, ...RADII.mi].includes(n as never)),
  cost: z.enum(COSTS),
  attendance: z.enum(ATTENDANCE),
  day: z.enum(DAYS),
  time: z.enum(TIME_BAND_CODES),
  leadership: z.enum(LEADERSHIP),
  access: z.enum(ACCESSIBILITY_CODES),
  sort: z.enum(SORTS),
  page: z.coerce.number().int().min(1).max(10_000),
};

function list(v: string | string[] | undefined): string[] {
  const arr = v === undefined ? [] : Array.isArray(v) ? v : [v];
  // "a,b" and repeated params both work; cap the count against abuse.
  return arr.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean).slice(0, 30);
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Parses URL search params; `ignored` names each parameter value dropped. */
export function parseSearchParams(params: RawParams): { filters: SearchFilters; ignored: string[] } {
  const ignored: string[] = [];
  const pick = <T extends string>(name: string, schema: z.ZodType<T>): T[] => {
    const out: T[] = [];
    for (const v of list(params[name])) {
      const r = schema.safeParse(v);
      if (r.success) {
        if (!out.includes(r.data)) out.push(r.data);
      } else ignored.push(`${name}=${v.slice(0, 40)}`);
    }
    return out;
  };
  const one = <T>(name: string, schema: z.ZodType<T>, fallback: T): T => {
    const v = first(params[name]);
    if (v === undefined || v === '') return fallback;
    const r = schema.safeParse(v);
    if (!r.success) ignored.push(`${name}=${v.slice(0, 40)}`);
    return r.success ? r.data : fallback;
  };
  const q = (first(params.q) ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const lat = one('lat', PARAM.lat, null as number | null);
  const lng = one('lng', PARAM.lng, null as number | null);
  const unit = one('unit', PARAM.unit, 'km');
  const radius = radiusIn(unit, one('radius', PARAM.radius, DEFAULT_RADIUS));
  // Links from before the cost choices said free=1.
  const costs = pick('cost', PARAM.cost);
  if (one('free', flag, null) !== null && !costs.includes('free')) costs.push('free');
  return {
    filters: {
      q,
      topics: pick('topic', slug),
      attendance: pick('attendance', PARAM.attendance),
      days: pick('day', PARAM.day),
      times: pick('time', PARAM.time),
      languages: pick('lang', lang),
      costs,
      leadership: pick('leadership', PARAM.leadership),
      access: pick('access', PARAM.access),
      checked: one('checked', flag, null) !== null,
      soon: one('soon', flag, null) !== null,
      where: (first(params.where) ?? '').trim().slice(0, 100),
      lat: lat !== null && lng !== null ? lat : null,
      lng: lat !== null && lng !== null ? lng : null,
      radius,
      radiusKm: toKm(radius, unit),
      unit,
      sort: one('sort', PARAM.sort, null),
      page: one('page', PARAM.page, 1),
    },
    ignored,
  };
}

/** The URL for the same search with some filters changed (page resets to 1). */
export function searchHref(f: SearchFilters, change: Partial<SearchFilters> = {}): string {
  const s: SearchFilters = { ...f, page: 1, ...change };
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.where) p.set('where', s.where);
  if (s.lat !== null && s.lng !== null) {
    p.set('lat', s.lat.toFixed(4));
    p.set('lng', s.lng.toFixed(4));
  }
  if (s.where || s.lat !== null) p.set('radius', String(s.radius));
  if (s.unit === 'mi') p.set('unit', 'mi');
  for (const t of s.topics) p.append('topic', t);
  for (const a of s.attendance) p.append('attendance', a);
  for (const d of s.days) p.append('day', d);
  for (const t of s.times) p.append('time', t);
  for (const l of s.languages) p.append('lang', l);
  for (const l of s.leadership) p.append('leadership', l);
  for (const c of s.costs) p.append('cost', c);
  for (const a of s.access) p.append('access', a);
  if (s.checked) p.set('checked', '1');
  if (s.soon) p.set('soon', '1');
  if (s.sort) p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  const qs = p.toString();
  return qs ? `/groups?${qs}` : '/groups';
}

/**
 * A radius offered in the unit, or, when the visitor has just switched units
 * (the form sends the old unit's number), the closest one offered.
 */
function radiusIn(unit: 'km' | 'mi', r: number): number {
  const offered: readonly number[] = RADII[unit];
  if (offered.includes(r)) return r;
  const km = toKm(r, unit === 'km' ? 'mi' : 'km');
  return offered.reduce((best, x) => (Math.abs(toKm(x, unit) - km) < Math.abs(toKm(best, unit) - km) ? x : best));
}

/** A radius in the visitor's unit, in km for the database. */
export function toKm(radius: number, unit: 'km' | 'mi'): number {
  return unit === 'mi' ? radius * KM_PER_MILE : radius;
}

/** The same search with a different radius (in its unit): km stays in step. */
export function withRadius(f: SearchFilters, radius: number): Partial<SearchFilters> {
  return { radius, radiusKm: toKm(radius, f.unit) };
}
