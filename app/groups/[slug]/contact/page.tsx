import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ContactForm } from '@/components/group/contact-form';
import { TAP_PRIMARY } from '@/components/group/tap';
import { getContactTarget } from '@/lib/listings/contact-data';
import { initialContactState } from '@/lib/listings/contact-form-state';
import { sendGroupMessageAction } from './actions/send-group-message-action';

type Props = { params: Promise<{ slug: string }> };

// Only groups that keep their phone and email private are written to here;
// any other address is a 404, like an unknown group.
const loadTarget = cache(async (slug: string) => {
  const group = await getContactTarget(slug);
  if (!group) notFound();
  return group;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadTarget((await params).slug);
  return { title: `Contact ${group.name}`, robots: { index: false } };
}

export default async function ContactGroupPage({ params }: Props) {
  const group = await loadTarget((await params).slug);
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/groups/${encodeURIComponent(group.slug)}`} className={TAP_PRIMARY}>
          Back to {group.name}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Contact {group.name}</h1>
      <p className="mt-2">
        This group keeps its phone number and email private. Write to them here: we send your message to the group, and someone from the group replies to you
        by email.
      </p>
      <p className="mt-2">Your email address goes only to the group. It is not shown on the website.</p>
      <ContactForm action={sendGroupMessageAction} initial={initialContactState(group.slug)} />
    </div>
  );
}
