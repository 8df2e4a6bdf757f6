import type { Metadata } from 'next';
import Link from 'next/link';
import { GroupEditorForm } from '@/components/staff/listings/group-editor-form';
import { languageOptions, timeZoneOptions } from '@/components/staff/listings/picker-options';
import { requireStaffPage } from '@/lib/staff/guards';
import { listOrganizationOptions, listTopicOptions } from '@/lib/listings/staff-list-data';
import { emptyGroupValues } from '@/lib/listings/editable';
import { initialGroupFormState } from '@/lib/listings/form-state';
import { SPARE_MEETING_ROWS, type GroupFormValues } from '@/lib/listings/schema';
import { blankMeetingValues } from '@/lib/listings/meeting-schema';
import { createGroupAction } from '../actions/create-group-action';

export const metadata: Metadata = { title: 'Add a listing' };

function emptyListing(today: string): GroupFormValues {
  return { ...emptyGroupValues(), meetings: Array.from({ length: SPARE_MEETING_ROWS }, () => blankMeetingValues(today)) };
}

export default async function NewListingPage() {
  await requireStaffPage();
  const [topics, organizations] = await Promise.all([listTopicOptions(), listOrganizationOptions()]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/staff/listings">All listings</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Add a listing</h1>
      <p className="mt-2">The listing is saved as a draft; publish it from its page when it is ready.</p>
      <GroupEditorForm
        action={createGroupAction}
        initial={initialGroupFormState(emptyListing(today), null)}
        groupId={null}
        topics={topics.map((t) => ({ value: t.id, label: t.name }))}
        organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
        languages={languageOptions()}
        timeZones={timeZoneOptions()}
        today={today}
        submitLabel="Create the listing"
      />
    </>
  );
}
