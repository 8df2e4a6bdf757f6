import type { GroupDetail } from '@/lib/listings/group-detail';
import { formatDay, isoDay, safeWebUrl, telHref } from './labels';

/** The group's public contact, its sponsor, and when staff last checked the listing. */
export function GroupContact({ group }: { group: GroupDetail }) {
  const website = safeWebUrl(group.website);
  const org = group.organization;
  const orgWebsite = safeWebUrl(org?.website);
  const hasContact = Boolean(group.phone || group.email || website);
  return (
    <section aria-labelledby="contact-heading" className="mt-8">
      <h2 id="contact-heading" className="text-xl font-semibold">
        Contact the group
      </h2>
      {hasContact ? (
        <ul className="mt-2 space-y-1 [overflow-wrap:anywhere]" data-testid="public-contact">
          {group.phone && (
            <li>
              Phone: <a href={telHref(group.phone)}>{group.phone}</a>
            </li>
          )}
          {group.email && (
            <li>
              Email: <a href={`mailto:${group.email}`}>{group.email}</a>
            </li>
          )}
          {website && (
            <li>
              Website:{' '}
              <a href={website} className="print-no-href">
                {group.website?.trim()}
              </a>
            </li>
          )}
        </ul>
      ) : (
        <p className="mt-2">This group has no public contact. The clearinghouse can put you in touch.</p>
      )}
      {org && (
        <p className="mt-3">
          Sponsored by{' '}
          {orgWebsite ? <a href={orgWebsite}>{org.name}</a> : <strong className="font-semibold">{org.name}</strong>}
          {org.description ? `. ${org.description}` : '.'}
        </p>
      )}
      <p className="mt-3 text-sm text-slate-700" data-testid="last-verified">
        {group.lastVerifiedAt ? (
          <>
            Checked by the clearinghouse on <time dateTime={isoDay(group.lastVerifiedAt)}>{formatDay(group.lastVerifiedAt)}</time>.
          </>
        ) : (
          'Not yet verified by the clearinghouse.'
        )}
      </p>
    </section>
  );
}
