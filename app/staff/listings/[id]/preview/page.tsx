import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GroupContact } from '@/components/group/group-contact';
import { GroupFacts } from '@/components/group/group-facts';
import { LeadershipScale } from '@/components/group/leadership-scale';
import { MeetingDetails } from '@/components/group/meeting-details';
import { GROUP_STATUS_LABELS } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { getGroupPreview } from '@/lib/listings/preview-data';
import type { GroupStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Preview listing' };

type Props = { params: Promise<{ id: string }> };

/** The saved listing drawn with the public page's components, whatever its status. */
export default async function PreviewListingPage({ params }: Props) {
  await requireStaffPage();
  const { id } = await params;
  const group = await getGroupPreview(id);
  if (!group) notFound();
  const now = new Date();
  return (
    <>
      <p role="note" className="mb-4 rounded border-2 border-amber-700 bg-amber-50 p-3">
        Preview of the saved listing ({GROUP_STATUS_LABELS[group.status as GroupStatus]}). This is how its public page looks
        {group.status === 'PUBLISHED' ? '' : ' once it is published'}. <Link href={`/staff/listings/${id}`}>Back to the editor</Link>
      </p>
      <article className="max-w-3xl" aria-labelledby="group-name">
        <h1 id="group-name" className="text-3xl font-bold text-brand-900">
          {group.name}
        </h1>
        <p className="mt-2 text-lg">{group.summary}</p>
        {group.topics.length > 0 && (
          <p className="mt-3">
            <span className="font-medium">Topics: </span>
            {group.topics.map((t) => t.name).join(', ')}
          </p>
        )}
        <section aria-labelledby="about-heading" className="mt-8">
          <h2 id="about-heading" className="text-xl font-semibold">
            About this group
          </h2>
          <p className="mt-2 whitespace-pre-line">{group.description}</p>
        </section>
        <section aria-labelledby="meetings-heading" className="mt-8">
          <h2 id="meetings-heading" className="text-xl font-semibold">
            {group.meetings.length === 1 ? 'When and where it meets' : 'Meetings'}
          </h2>
          {group.meetings.length > 0 ? (
            <div className="mt-3 space-y-4">
              {group.meetings.map((m, i) => (
                <MeetingDetails key={m.id} meeting={m} groupSlug={group.slug} number={i + 1} total={group.meetings.length} now={now} />
              ))}
            </div>
          ) : (
            <p className="mt-2">No meetings are listed. Please contact the group.</p>
          )}
        </section>
        <GroupFacts group={group} />
        <GroupContact group={group} />
        <LeadershipScale point={group.leadership} />
      </article>
    </>
  );
}
