// Urgent help first, on every public page: someone may arrive here in a hard
// moment. On a 1280 px screen it is one line. On a 360 px phone each crisis
// sentence takes a line and the clearinghouse's phone a third; its hours
// join it from 640 px and are always in the footer, because the phone and
// the hours together need more than one line on a phone.
import { env } from '@/lib/env';
import { telHref } from '../group/labels';

// Tap targets of at least 24 px each way (WCAG 2.5.8), small enough that the
// banner stays slim. White on dark green is about 12:1; the focus ring is
// yellow because the site's amber one is too dark on this background.
const LINK =
  'inline-flex min-h-7 min-w-7 items-center justify-center rounded font-bold text-white! underline decoration-2 underline-offset-2 hover:bg-white/15 focus-visible:outline-yellow-300!';

export function HelpBanner() {
  const { CLEARINGHOUSE_PHONE: phone, CLEARINGHOUSE_HOURS: hours } = env();
  return (
    <div className="bg-brand-900 text-sm leading-7 text-white" data-testid="help-banner">
      <div className="mx-auto flex max-w-7xl flex-wrap gap-x-4 px-4 py-1 sm:justify-center">
        <p className="whitespace-nowrap">
          In danger now? Call{' '}
          <a href="tel:911" className={LINK}>
            911
          </a>
          .
        </p>
        <p className="whitespace-nowrap">
          Thinking about suicide?{' '}
          {/* The names say what each link does; "Call" and "text" stay in them for voice control. */}
          <a href="tel:988" className={LINK} aria-label="Call 9-8-8">
            Call
          </a>{' '}
          or{' '}
          <a href="sms:988" className={LINK} aria-label="Text 9-8-8">
            text
          </a>{' '}
          9-8-8.
        </p>
        <p>
          Choosing a group? Call us:{' '}
          <a href={telHref(phone)} className={LINK}>
            {phone}
          </a>
          <span className="hidden sm:inline">, {hours}</span>
        </p>
      </div>
    </div>
  );
}
