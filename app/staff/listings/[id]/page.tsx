import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GroupEditorForm } from '@/components/staff/listings/group-editor-form';
import { StatusPanel } from '@/components/staff/listings/status-panel';
import { languageOptions, timeZoneOptions, languageCodes } from '@/components/staff/listings/picker-options';
import { shortDate } from '@/components/staff/status-labels';
import { requireStaffPage } from '@/lib/staff/guards';
import { getGroupForEdit } from '@/lib/listings/editor-data';
import { getGroupVerifier } from '@/lib/listings/status-data';
import { listOrganizationOptions, listTopicOptions } from '@/lib/listings/staff-list-data';
import { groupToFormValues } from '@/lib/listings/editable';
import { initialGroupFormState } from '@/lib/listings/form-state';
import { SPARE_MEETING_ROWS } from '@/lib/listings/schema';
import { blankMeetingValues } from '@/lib/listings/meeting-schema';
import { updateGroupAction } from '../actions/update-group-action';
import { archiveGroupAction } from '../actions/archive-group-action';
import { markGroupVerifiedAction } from '../actions/mark-group-verified-action';
import { publishGroupAction } from '../actions/publish-group-action';
import { unpublishGroupAction } from '../actions/unpublish-group-action';
import { ownEntry } from '@/lib/forms/form-values';

const statusActions = { publish: publishGroupAction, unpublish: unpublishGroupAction, archive: archiveGroupAction };

export const metadata: Metadata = { title: 'Edit listing' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  created: 'The listing was created as a draft. Publish it when it is ready.',
  '1': 'Your changes were saved.',
  publish: 'The listing is published.',
  unpublish: 'The listing is no longer public; it is a draft again.',
  archive: 'The listing is archived.',
};

export default async function EditListingPage({ params, searchParams }: Props) {
  await requireStaffPage();
  const { id } = await params;
  const group = await getGroupForEdit(id);
  if (!group) notFound();
  const sp = await searchParams;
  const notice = ownEntry(NOTICES, sp.saved ?? sp.done);
  const [topics, organizations, verifier] = await Promise.all([listTopicOptions(), listOrganizationOptions(), getGroupVerifier(id)]);
  const today = new Date().toISOString().slice(0, 10);
  const values = groupToFormValues(group);
  values.meetings = [...values.meetings, ...Array.from({ length: SPARE_MEETING_ROWS }, () => blankMeetingValues(today))];
  const lastChecked = group.lastVerifiedAt ? `${shortDate(group.lastVerifiedAt)}${verifier ? ` by ${verifier.name}` : ''}` : 'Never';
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/staff/listings">All listings</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{group.name}</h1>
      {notice && (
        <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="notice">
          {notice}
        </p>
      )}
      <StatusPanel id={group.id} slug={group.slug} status={group.status} actions={statusActions} />
      {/* Keyed on the version in the address (set by every save's redirect): after
          a save the form starts again from the saved listing, while a refused
          post without JavaScript re-renders under the same key and keeps its state. */}
      <GroupEditorForm
        key={String(sp.v ?? 'loaded')}
        action={updateGroupAction}
        initial={initialGroupFormState(values, group.version)}
        groupId={group.id}
        topics={topics.map((t) => ({ value: t.id, label: t.name }))}
        organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
        languages={languageOptions(languageCodes(values.languages))}
        timeZones={timeZoneOptions(group.meetings.map((m) => m.timeZone))}
        today={today}
        submitLabel="Save changes"
        verification={{ lastChecked, action: markGroupVerifiedAction }}
      />
    </>
  );
}
