// When the clearinghouse last checked a listing, and a plain warning when
// that was too long ago (or never), with a way to tell us what changed.
// Used on the group page and on result cards; the twelve-month rule lives in
// lib/listings/freshness.ts.
import Link from 'next/link';
import { isStale } from '@/lib/listings/freshness';
import { formatDay, isoDay } from './labels';

type Props = {
  lastVerifiedAt: Date | null;
  /** The request's clock, passed in so a page and its cards agree. */
  now: Date;
  /** The listing the "Report a change" link preselects in the correction form. */
  groupSlug: string;
  /** Read to screen readers after "Report a change", so a page of cards has distinct links. */
  groupName: string;
  className?: string;
};

export function reportChangeHref(groupSlug: string): string {
  return `/list-your-group?group=${encodeURIComponent(groupSlug)}`;
}

export function Freshness({ lastVerifiedAt, now, groupSlug, groupName, className }: Props) {
  const stale = isStale(lastVerifiedAt, now);
  return (
    <div className={className} data-testid="freshness">
      <p className="text-sm text-slate-700" data-testid="last-verified">
        {lastVerifiedAt ? (
          <>
            Details last checked on <time dateTime={isoDay(lastVerifiedAt)}>{formatDay(lastVerifiedAt)}</time>
          </>
        ) : (
          'The clearinghouse has not checked these details yet'
        )}
      </p>
      {stale && (
        <p className="mt-1 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2" data-testid="stale-note">
          <strong className="font-semibold">This listing may be out of date — call before you go.</strong>{' '}
          <Link href={reportChangeHref(groupSlug)} className="no-print inline-flex min-h-6 items-center">
            Report a change<span className="sr-only"> to {groupName}</span>
          </Link>
        </p>
      )}
    </div>
  );
}
