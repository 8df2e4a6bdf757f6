import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TAP_PRIMARY } from '@/components/group/tap';
import { getContactTarget } from '@/lib/listings/contact-data';
import { env } from '@/lib/env';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Message sent', robots: { index: false } };

// Says nothing about what was sent: a shared or borrowed phone should not
// show someone else the message or the address it came from.
export default async function MessageSentPage({ params }: Props) {
  const group = await getContactTarget((await params).slug);
  if (!group) notFound();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-900">Message sent</h1>
      <div role="status" data-testid="message-sent">
        <p className="mt-2">Your message is on its way to {group.name}.</p>
        <p className="mt-2">
          Someone from the group will reply to the email address you gave, usually within a few days. If you have not heard back in a week, call the clearinghouse at{' '}
          <a href={`tel:${env().CLEARINGHOUSE_PHONE.replace(/[^0-9+]/g, '')}`} className="whitespace-nowrap">
            {env().CLEARINGHOUSE_PHONE}
          </a>{' '}
          and we will help you reach them.
        </p>
      </div>
      <p className="mt-4">
        <Link href={`/groups/${encodeURIComponent(group.slug)}`} className={TAP_PRIMARY}>
          Back to {group.name}
        </Link>
      </p>
    </div>
  );
}
