// The search state lives in the URL. Each parameter is parsed on its own and
// a bad value is dropped (and reported), never a 500: a shared or hand-edited
// link still shows results.
import { z } from 'zod';

export const ATTENDANCE = ['in-person', 'online', 'phone', 'hybrid'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
import { TIME_BAND_CODES } from '../vocabulary/index.ts';
export const LEADERSHIP = ['member-led', 'hybrid', 'professional'] as const;
export const SORTS = ['relevance', 'distance', 'next', 'name'] as const;
export const RADII_KM = [5, 10, 25, 50, 100] as const;
export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;

export type SearchFilters = {
  q: string;
  topics: string[];
  attendance: (typeof ATTENDANCE)[number][];
  days: (typeof DAYS)[number][];
  times: (typeof TIME_BAND_CODES)[number][];
  languages: string[];
  freeOnly: boolean;
  leadership: (typeof LEADERSHIP)[number][];
  wheelchair: boolean;
  soon: boolean;
  where: string;
  lat: number | null;
  lng: number | null;
  radiusKm: number;
  unit: 'km' | 'mi';
  sort: (typeof SORTS)[number] | null;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60);
const lang = z.string().regex(/^[a-z]{2,3}$/);
const flag = z.enum(['1', 'true', 'on', 'yes']);

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
  const lat = one('lat', z.coerce.number().min(-90).max(90), null as number | null);
  const lng = one('lng', z.coerce.number().min(-180).max(180), null as number | null);
  const radius = one('radius', z.coerce.number().int().refine((n) => (RADII_KM as readonly number[]).includes(n)), 25);
  return {
    filters: {
      q,
      topics: pick('topic', slug),
      attendance: pick('attendance', z.enum(ATTENDANCE)),
      days: pick('day', z.enum(DAYS)),
      times: pick('time', z.enum(TIME_BAND_CODES)),
      languages: pick('lang', lang),
      freeOnly: one('free', flag, null) !== null,
      leadership: pick('leadership', z.enum(LEADERSHIP)),
      wheelchair: one('access', z.literal('wheelchair'), null) !== null,
      soon: one('soon', flag, null) !== null,
      where: (first(params.where) ?? '').trim().slice(0, 100),
      lat: lat !== null && lng !== null ? lat : null,
      lng: lat !== null && lng !== null ? lng : null,
      radiusKm: radius,
      unit: one('unit', z.enum(['km', 'mi']), 'km'),
      sort: one('sort', z.enum(SORTS), null),
      page: one('page', z.coerce.number().int().min(1).max(10_000), 1),
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
  if (s.where || s.lat !== null) p.set('radius', String(s.radiusKm));
  if (s.unit === 'mi') p.set('unit', 'mi');
  for (const t of s.topics) p.append('topic', t);
  for (const a of s.attendance) p.append('attendance', a);
  for (const d of s.days) p.append('day', d);
  for (const t of s.times) p.append('time', t);
  for (const l of s.languages) p.append('lang', l);
  for (const l of s.leadership) p.append('leadership', l);
  if (s.freeOnly) p.set('free', '1');
  if (s.wheelchair) p.set('access', 'wheelchair');
  if (s.soon) p.set('soon', '1');
  if (s.sort) p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  const qs = p.toString();
  return qs ? `/groups?${qs}` : '/groups';
}

export const KM_PER_MILE = 1.609344;
