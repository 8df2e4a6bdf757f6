// URL state of the staff referral inbox (lib/forms/url-filters.ts). No
// client details are searchable: they are encrypted, and the inbox shows none.
import { z } from 'zod';
import type { ReferralStatus } from '../generated/prisma/enums.ts';
import { choiceField, choiceWithDefault, field, flagField, pageField, readUrlFilters, textField, type RawParams } from '../forms/url-filters.ts';

export const REFERRAL_STATUSES = ['NEW', 'IN_PROGRESS', 'CONNECTED', 'COULD_NOT_CONTACT', 'NOT_SUITABLE', 'CLOSED'] as const satisfies readonly ReferralStatus[];
export const REFERRAL_SORTS = ['newest', 'oldest'] as const;

const day = (label: string) =>
  field<string | null>(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), null, label);

const inboxFields = {
  q: textField(100, 'Reference or referrer'),
  status: choiceField(REFERRAL_STATUSES, 'Status'),
  group: field<string | null>(z.string().regex(/^[a-z0-9-]{1,100}$/), null, 'Group'),
  mine: flagField('Assigned to me'),
  from: day('Received from'),
  to: day('Received until'),
  sort: choiceWithDefault(REFERRAL_SORTS, 'newest', 'Sort by'),
  page: pageField,
};

export function readReferralInbox(params: RawParams) {
  return readUrlFilters(inboxFields, params);
}
export type ReferralInboxFilters = ReturnType<typeof readReferralInbox>['filters'];
export const parseReferralInbox = (p: RawParams): ReferralInboxFilters => readReferralInbox(p).filters;

export function referralInboxQuery(f: ReferralInboxFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.q) q.q = f.q;
  if (f.status) q.status = f.status;
  if (f.group) q.group = f.group;
  if (f.mine) q.mine = '1';
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.sort !== 'newest') q.sort = f.sort;
  return q;
}
