// Plain words for listing states in the staff console.
import type { GroupStatus } from '@/lib/generated/prisma/enums';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';

export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  DRAFT: 'Draft',
  PENDING_REVIEW: 'Waiting for review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

/** "2026-06-01" on the directory's clock, or a dash. */
export function shortDate(d: Date | null): string {
  if (!d) return '—';
  return new Intl.DateTimeFormat('en-CA', { timeZone: DIRECTORY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** "2026-06-01 14:05" on the directory's clock. */
export function shortDateTime(d: Date): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: DIRECTORY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return f.format(d).replace(',', '');
}
