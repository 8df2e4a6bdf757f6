// The one meeting a visitor should know about first: the soonest start among
// a group's meetings (one under way counts, so "it started ten minutes ago"
// still tells someone where to go). Pure, so the page, the calendar file and
// the tests agree on which meeting that is.
import { nextOccurrence, type MeetingSchedule, type Occurrence } from '../schedule/index.ts';

export type NextMeeting<M> = { meeting: M; occurrence: Occurrence };

export function soonestMeeting<M extends MeetingSchedule>(meetings: readonly M[], now: Date): NextMeeting<M> | null {
  let best: NextMeeting<M> | null = null;
  for (const meeting of meetings) {
    const occurrence = nextOccurrence(meeting, now);
    if (occurrence && (!best || occurrence.start.getTime() < best.occurrence.start.getTime())) best = { meeting, occurrence };
  }
  return best;
}
