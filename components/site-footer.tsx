import Link from 'next/link';
import { env } from '@/lib/env';
import { telHref } from './group/labels';

// The crisis numbers are links in the banner at the top of every public
// page; here they are words, beside the reminder that a group is not crisis
// care. The clearinghouse's hours are here at every width (the banner shows
// them only from 640 px).
export function SiteFooter() {
  const { CLEARINGHOUSE_PHONE: phone, CLEARINGHOUSE_HOURS: hours } = env();
  return (
    <footer role="contentinfo" className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6 sm:grid-cols-2">
        <section aria-labelledby="urgent-help">
          <h2 id="urgent-help" className="font-semibold text-slate-900">
            Need help right now?
          </h2>
          <p>
            A self-help group is not crisis care. If you are in danger call <strong>911</strong>. To talk to someone about
            suicide, call or text <strong>9-8-8</strong>, any time.
          </p>
        </section>
        <section aria-labelledby="about-directory">
          <h2 id="about-directory" className="font-semibold text-slate-900">
            About this directory
          </h2>
          <p>
            Listings are checked by clearinghouse staff. Questions or a group to add? Call{' '}
            <a href={telHref(phone)} className="inline-block min-h-6 font-semibold">
              {phone}
            </a>
            {' '}({hours}).
          </p>
          <p className="mt-1">
            <Link href="/open-data" prefetch={false} className="inline-block min-h-6 font-semibold">
              Open data
            </Link>
            : the listings for other directories and apps.
          </p>
          <p className="mt-1">Place names from GeoNames (CC BY 4.0).</p>
        </section>
      </div>
    </footer>
  );
}
