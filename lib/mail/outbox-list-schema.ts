// The staff outbox's filters, kept in the address.
import { choiceField, choiceWithDefault, pageField, readUrlFilters, textField, type RawParams } from '../forms/url-filters.ts';
import { MAIL_STATES } from './delivery-state.ts';

export const OUTBOX_SORTS = ['newest', 'oldest'] as const;

const fields = {
  q: textField(200, 'Search'),
  state: choiceField(MAIL_STATES, 'State'),
  sort: choiceWithDefault(OUTBOX_SORTS, 'newest', 'Sort'),
  page: pageField,
};

export function readOutboxFilters(params: RawParams) {
  return readUrlFilters(fields, params);
}
export type OutboxFilters = ReturnType<typeof readOutboxFilters>['filters'];

/** The filters as query parameters, without defaults, for links that keep them. */
export function outboxFiltersQuery(f: OutboxFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.q) q.q = f.q;
  if (f.state) q.state = f.state;
  if (f.sort !== 'newest') q.sort = f.sort;
  return q;
}
