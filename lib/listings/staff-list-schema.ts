// URL state of the staff listings table. Every parameter falls back to a
// default, so a hand-edited address never fails the page.
import { z } from 'zod';
import type { GroupStatus } from '../generated/prisma/enums.ts';
import { pageParamSchema } from './browse-schema.ts';

export const STAFF_PAGE_SIZE = 25;
export const GROUP_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const satisfies readonly GroupStatus[];
export const LISTING_SORTS = ['name', 'updated', 'verified'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const textParam = (max: number) => z.preprocess(first, z.string().trim().max(max).catch('')).catch('');

export const listingFiltersSchema = z.object({
  q: textParam(100),
  status: z.preprocess(first, z.enum(GROUP_STATUSES).nullable().catch(null)).catch(null),
  topic: z.preprocess(first, z.string().regex(/^[a-z0-9-]{1,80}$/).nullable().catch(null)).catch(null),
  town: textParam(80),
  stale: z.preprocess(first, z.literal('1').transform(() => true).catch(false)).catch(false),
  sort: z.preprocess(first, z.enum(LISTING_SORTS).catch('name')).catch('name'),
  page: pageParamSchema,
});
export type ListingFilters = z.output<typeof listingFiltersSchema>;

export function parseListingFilters(params: Record<string, string | string[] | undefined>): ListingFilters {
  return listingFiltersSchema.parse({ ...params });
}

/** The filters as query parameters, without defaults, for links that keep them. */
export function listingFiltersQuery(f: ListingFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.q) q.q = f.q;
  if (f.status) q.status = f.status;
  if (f.topic) q.topic = f.topic;
  if (f.town) q.town = f.town;
  if (f.stale) q.stale = '1';
  if (f.sort !== 'name') q.sort = f.sort;
  return q;
}
