import type { SubmissionKind, SubmissionStatus } from '@/lib/generated/prisma/enums';

export const SUBMISSION_KIND_LABELS: Record<SubmissionKind, string> = { NEW_GROUP: 'New group', UPDATE: 'Correction', PROBLEM_REPORT: 'Problem report' };
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { PENDING: 'Waiting', APPROVED: 'Approved', DECLINED: 'Declined' };
