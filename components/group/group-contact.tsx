// How to reach the group, inside the next-step box right after how to join: a phone to tap, an
// email, a website; or, when the group keeps its phone and email private,
// a way to send it a message through the directory.
import Link from 'next/link';
import type { GroupDetail } from '@/lib/listings/group-detail';
import { hasPublicContact } from '@/lib/listings/contact-rules';
import { safeWebUrl, telHref } from './labels';
import { LINK_BUTTON, TAP_PRIMARY } from './tap';

export function contactFormHref(groupSlug: string): string {
  return `/groups/${encodeURIComponent(groupSlug)}/contact`;
}

export function GroupContact({ group }: { group: GroupDetail }) {
  const website = safeWebUrl(group.website);
  return (
    <div className="mt-3" data-testid="contact">
      <h3 id="contact-heading" className="text-lg font-semibold">
        Contact the group
      </h3>
      {hasPublicContact(group) ? (
        <ul className="mt-1 flex flex-col items-start gap-1 [overflow-wrap:anywhere]" data-testid="public-contact">
          {group.phone && (
            <li>
              <a href={telHref(group.phone)} className={LINK_BUTTON}>
                Call {group.phone}
              </a>
            </li>
          )}
          {group.email && (
            <li>
              <a href={`mailto:${group.email}`} className={TAP_PRIMARY}>
                Email {group.email}
              </a>
            </li>
          )}
          {website && (
            <li>
              <a href={website} className={`${TAP_PRIMARY} print-no-href`}>
                Visit the group’s website<span className="sr-only"> ({group.website?.trim()})</span>
              </a>
            </li>
          )}
        </ul>
      ) : (
        <div data-testid="private-contact">
          <p className="mt-1">
            <Link href={contactFormHref(group.slug)} className={LINK_BUTTON}>
              Contact this group
            </Link>
          </p>
          <p className="mt-1">The group keeps its phone and email private. Write to them here and they reply by email.</p>
          {website && (
            <p className="mt-2">
              <a href={website} className={`${TAP_PRIMARY} print-no-href`}>
                Visit the group’s website<span className="sr-only"> ({group.website?.trim()})</span>
              </a>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
