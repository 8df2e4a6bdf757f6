// The group part of the listing editor: description, who it is for, cost,
// access, contacts (public and staff-only), sponsor and topics.
import { LEADERSHIP_POINTS, WHO_MAY_ATTEND_LABELS } from '@/components/group/labels';
import { CheckboxGroup } from '@/components/ui/choices';
import { SelectField, type Option } from '@/components/ui/select-field';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { WHO_MAY_ATTEND, type GroupFormValues } from '@/lib/listings/schema';
import { ACCESSIBILITY_FEATURES, COST_KINDS_WITH_LABELS } from '@/lib/vocabulary';

export type { Option };
type Props = { values: GroupFormValues; errors: FieldErrors; topics: Option[]; organizations: Option[]; slugEditable: boolean };

export function GroupFields({ values: v, errors: e, topics, organizations, slugEditable }: Props) {
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">The group</legend>
        <TextField name="name" label="Name" required defaultValue={v.name} errors={e.name} />
        <TextField
          name="slug"
          label="Web address"
          defaultValue={v.slug}
          errors={e.slug}
          readOnly={!slugEditable}
          hint={slugEditable ? 'Leave empty to make one from the name. It cannot change later.' : 'The public address never changes.'}
        />
        <TextField name="summary" label="Summary (one sentence)" required defaultValue={v.summary} errors={e.summary} />
        <TextArea name="description" label="Description" required rows={6} defaultValue={v.description} errors={e.description} />
        <CheckboxGroup name="topicIds" label="Topics" columns checked={v.topicIds} options={topics} errors={e.topicIds} />
      </fieldset>
      <fieldset className="mt-6 grid gap-3 sm:grid-cols-2">
        <legend className="text-xl font-semibold">Who, cost and access</legend>
        <SelectField name="whoMayAttend" label="Who may attend" defaultValue={v.whoMayAttend} errors={e.whoMayAttend} options={WHO_MAY_ATTEND.map((w) => ({ value: w, label: WHO_MAY_ATTEND_LABELS[w] }))} className="sm:col-span-2" />
        <SelectField name="leadership" label="Who leads it" defaultValue={v.leadership} errors={e.leadership} options={LEADERSHIP_POINTS.map((p) => ({ value: String(p.point), label: `${p.point} – ${p.label}` }))} />
        <TextField name="languages" label="Languages" hint="Codes separated by commas, e.g. en, fr" defaultValue={v.languages} errors={e.languages} />
        <SelectField name="costKind" label="Cost" defaultValue={v.costKind} errors={e.costKind} options={COST_KINDS_WITH_LABELS.map((c) => ({ value: c.code, label: c.label }))} />
        <TextField name="costDescription" label="Cost details" defaultValue={v.costDescription} errors={e.costDescription} />
        <CheckboxGroup name="accessibilityFeatures" label="Accessibility" columns checked={v.accessibilityFeatures} errors={e.accessibilityFeatures} options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f.code, label: f.label }))} className="sm:col-span-2" />
        <TextArea name="accessibilityNotes" label="Accessibility notes" defaultValue={v.accessibilityNotes} errors={e.accessibilityNotes} className="sm:col-span-2" />
      </fieldset>
      <fieldset className="mt-6 grid gap-3 sm:grid-cols-2">
        <legend className="text-xl font-semibold">Public contact</legend>
        <TextField name="phone" label="Phone" type="tel" defaultValue={v.phone} errors={e.phone} />
        <TextField name="email" label="Email" type="email" defaultValue={v.email} errors={e.email} />
        <TextField name="website" label="Website" type="url" defaultValue={v.website} errors={e.website} className="sm:col-span-2" />
        <SelectField name="organizationId" label="Sponsoring organization" defaultValue={v.organizationId} errors={e.organizationId} options={[{ value: '', label: 'None' }, ...organizations]} className="sm:col-span-2" />
      </fieldset>
      <fieldset className="mt-6 grid gap-3 sm:grid-cols-2">
        <legend className="text-xl font-semibold">Private contact (staff only, never shown publicly)</legend>
        <TextField name="privateContactName" label="Name" defaultValue={v.privateContactName} errors={e.privateContactName} />
        <TextField name="privateContactPhone" label="Phone" type="tel" defaultValue={v.privateContactPhone} errors={e.privateContactPhone} />
        <TextField name="privateContactEmail" label="Email" type="email" defaultValue={v.privateContactEmail} errors={e.privateContactEmail} className="sm:col-span-2" />
      </fieldset>
    </>
  );
}
