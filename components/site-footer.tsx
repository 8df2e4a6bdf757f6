import { env } from '@/lib/env';
import { telHref } from './group/labels';

export function SiteFooter() {
  const phone = env().CLEARINGHOUSE_PHONE;
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
            <a href={telHref(phone)}>{phone}</a>.
          </p>
          <p className="mt-1">Place names from GeoNames (CC BY 4.0).</p>
        </section>
      </div>
    </footer>
  );
}
