// A small link pair under a group's or a topic's meetings: subscribe in a
// calendar app (webcal://, which phones and desktop calendars open as a
// subscription), or the plain .ics address for apps that ask for a URL.
import { TAP_SECONDARY } from './tap';

type Props = { webcalHref: string; icsHref: string; whose: string };

export function CalendarSubscribe({ webcalHref, icsHref, whose }: Props) {
  return (
    <p className="no-print mt-4 text-sm" data-testid="calendar-subscribe">
      <a href={webcalHref} className={TAP_SECONDARY}>
        Subscribe in your calendar app<span className="sr-only"> to {whose}</span>
      </a>
      <span aria-hidden="true"> · </span>
      <a href={icsHref} className={TAP_SECONDARY}>
        Calendar address (.ics)<span className="sr-only"> for {whose}</span>
      </a>
      <span className="block text-slate-700">The calendar updates itself when the listing changes.</span>
    </p>
  );
}
