// URL state of the staff listings table. Every parameter falls back to a
// default, so a hand-edited address never fails the page; one that cannot be
// used is named back to the reader (lib/forms/url-filters.ts).
import { z } from 'zod';
import type { GroupStatus } from '../generated/prisma/enums.ts';
import { choiceField, choiceWithDefault, field, flagField, pageField, readUrlFilters, textField, type RawParams } from '../forms/url-filters.ts';

export const STAFF_PAGE_SIZE = 25;
export const GROUP_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const satisfies readonly GroupStatus[];
export const LISTING_SORTS = ['name', 'updated', 'verified'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

const listingFields = {
  q: textField(100, 'Name contains'),
  status: choiceField(GROUP_STATUSES, 'Status'),
  topic: field<string | null>(z.string().regex(/^[a-z0-9-]{1,80}$/), null, 'Topic'),
  town: textField(80, 'Town'),
  stale: flagField('Not verified in the last 12 months'),
  sort: choiceWithDefault(LISTING_SORTS, 'name', 'Sort by'),
  page: pageField,
};

/** The filters and the parameters that could not be used. */
export function readListingFilters(params: RawParams) {
  return readUrlFilters(listingFields, params);
}
export type ListingFilters = ReturnType<typeof readListingFilters>['filters'];

export function parseListingFilters(params: RawParams): ListingFilters {
  return readListingFilters(params).filters;
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
