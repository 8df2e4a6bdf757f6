import { describe, expect, it } from 'vitest';
import { referralTimeline, type HistoryEvent } from './timeline.ts';

const at = (m: number) => new Date(Date.UTC(2026, 5, 1, 9, m));
const ev = (id: string, status: HistoryEvent['status'], note: string | null, m: number): HistoryEvent => ({ id, status, note, actorName: id === 'a' ? null : 'Intake worker', createdAt: at(m) });

describe('the timeline staff read', () => {
  it('tells the arrival, each status move with where it came from, and notes made without a move', () => {
    const t = referralTimeline([ev('a', 'NEW', null, 0), ev('b', 'IN_PROGRESS', null, 1), ev('c', 'IN_PROGRESS', 'Left a voicemail.', 2), ev('d', 'CONNECTED', 'Will attend Tuesday.', 3)]);
    expect(t.map((e) => [e.kind, e.from, e.status, e.note])).toEqual([
      ['received', null, 'NEW', null],
      ['status', 'NEW', 'IN_PROGRESS', null],
      ['note', null, 'IN_PROGRESS', 'Left a voicemail.'],
      ['status', 'IN_PROGRESS', 'CONNECTED', 'Will attend Tuesday.'],
    ]);
  });
});
