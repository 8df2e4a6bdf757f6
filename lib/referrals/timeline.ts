// A referral's history as staff read it: one entry per ReferralEvent, each
// saying whether the status moved (and from what) and carrying its note.
// The first entry is the referral arriving from the professional.
import type { ReferralStatus } from '../generated/prisma/enums.ts';

export type HistoryEvent = { id: string; status: ReferralStatus; note: string | null; actorName: string | null; createdAt: Date };

export type TimelineEntry = HistoryEvent & { kind: 'received' | 'status' | 'note'; from: ReferralStatus | null };

export function referralTimeline(events: readonly HistoryEvent[]): TimelineEntry[] {
  return events.map((e, i) => {
    const before = i > 0 ? events[i - 1]!.status : null;
    const kind = before === null ? 'received' : before === e.status ? 'note' : 'status';
    return { ...e, kind, from: kind === 'status' ? before : null };
  });
}
