import type { SubmissionKind, SubmissionStatus } from '@/lib/generated/prisma/enums';

export const SUBMISSION_KIND_LABELS: Record<SubmissionKind, string> = { NEW_GROUP: 'New group', UPDATE: 'Correction', PROBLEM_REPORT: 'Problem report' };
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { PENDING: 'Waiting', APPROVED: 'Approved', DECLINED: 'Declined' };

/** A partial acceptance is stored as approved with the reason for the rest; staff read it as such. */
export function submissionStatusWords(s: { status: SubmissionStatus; declineReason: string | null }): string {
  return s.status === 'APPROVED' && s.declineReason ? 'Approved in part' : SUBMISSION_STATUS_LABELS[s.status];
}
