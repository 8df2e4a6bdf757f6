// URL state of the moderation queue (lib/forms/url-filters.ts).
import type { SubmissionKind, SubmissionStatus } from '../generated/prisma/enums.ts';
import { choiceField, choiceWithDefault, pageField, readUrlFilters, textField, type RawParams } from '../forms/url-filters.ts';

export const SUBMISSION_STATUSES = ['PENDING', 'APPROVED', 'DECLINED'] as const satisfies readonly SubmissionStatus[];
export const SUBMISSION_KINDS = ['NEW_GROUP', 'UPDATE', 'PROBLEM_REPORT'] as const satisfies readonly SubmissionKind[];
/** Oldest first by default: the one waiting longest is dealt with first. */
export const SUBMISSION_SORTS = ['oldest', 'newest'] as const;

const submissionFields = {
  q: textField(100, 'Search'),
  status: choiceWithDefault(SUBMISSION_STATUSES, 'PENDING', 'Status'),
  kind: choiceField(SUBMISSION_KINDS, 'Kind'),
  sort: choiceWithDefault(SUBMISSION_SORTS, 'oldest', 'Sort by'),
  page: pageField,
};

export function readSubmissionFilters(params: RawParams) {
  return readUrlFilters(submissionFields, params);
}
export type SubmissionFilters = ReturnType<typeof readSubmissionFilters>['filters'];
export const parseSubmissionFilters = (p: RawParams): SubmissionFilters => readSubmissionFilters(p).filters;

/** The filters as query parameters, without defaults except the status (the form always sends it). */
export function submissionFiltersQuery(f: SubmissionFilters): Record<string, string> {
  const q: Record<string, string> = { status: f.status };
  if (f.q) q.q = f.q;
  if (f.kind) q.kind = f.kind;
  if (f.sort !== 'oldest') q.sort = f.sort;
  return q;
}
