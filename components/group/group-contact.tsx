// How to reach the group, right after its next meeting: a phone to tap, an
// email, a website; or, when the group keeps its phone and email private,
// a way to send it a message through the directory.
import Link from 'next/link';
import type { GroupDetail } from '@/lib/listings/group-detail';
import { hasPublicContact } from '@/lib/listings/contact-rules';
import { buttonClass } from '@/components/ui/button';
import { safeWebUrl, telHref } from './labels';
import { TAP_PRIMARY } from './tap';

export function contactFormHref(groupSlug: string): string {
  return `/groups/${encodeURIComponent(groupSlug)}/contact`;
}

export function GroupContact({ group }: { group: GroupDetail }) {
  const website = safeWebUrl(group.website);
  return (
    <section aria-labelledby="contact-heading" className="mt-6">
      <h2 id="contact-heading" className="text-xl font-semibold">
        Contact the group
      </h2>
      {hasPublicContact(group) ? (
        <ul className="mt-2 flex flex-col items-start gap-2 [overflow-wrap:anywhere]" data-testid="public-contact">
          {group.phone && (
            <li>
              <a href={telHref(group.phone)} className={buttonClass({ variant: 'primary', size: 'medium' }, `${TAP_PRIMARY} no-underline`)}>
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
          <p className="mt-2">This group keeps its phone number and email private. Send the group a message here and someone from the group will reply to you by email.</p>
          <p className="mt-3">
            <Link href={contactFormHref(group.slug)} className={buttonClass({ variant: 'primary', size: 'medium' }, `${TAP_PRIMARY} no-underline`)}>
              Contact this group
            </Link>
          </p>
          {website && (
            <p className="mt-2">
              <a href={website} className={`${TAP_PRIMARY} print-no-href`}>
                Visit the group’s website<span className="sr-only"> ({group.website?.trim()})</span>
              </a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
