// The listing part of the public "List your group" form, also used by staff
// to correct a proposal before approving it.
import { ATTENDANCE_LABELS, WHO_MAY_ATTEND_LABELS } from '@/components/group/labels';
import { CheckboxGroup } from '@/components/ui/choices';
import { SelectField } from '@/components/ui/select-field';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { WHO_MAY_ATTEND } from '@/lib/listings/schema';
import { ATTENDANCES } from '@/lib/listings/meeting-schema';
import type { ProposalValues } from '@/lib/submissions/schema';
import { COST_KINDS_WITH_LABELS } from '@/lib/vocabulary';

const DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Props = { values: ProposalValues; errors: FieldErrors; topics: { slug: string; name: string }[] };

export function ProposalFields({ values: v, errors: e, topics }: Props) {
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">The group</legend>
        <TextField name="name" label="Group name" required defaultValue={v.name} errors={e.name} />
        <TextField name="summary" label="In one sentence, who is it for?" required defaultValue={v.summary} errors={e.summary} />
        <TextArea name="description" label="More about the group" rows={5} defaultValue={v.description} errors={e.description} />
        <CheckboxGroup name="topicSlugs" label="Topics" columns checked={v.topicSlugs} options={topics.map((t) => ({ value: t.slug, label: t.name }))} errors={e.topicSlugs} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="whoMayAttend" label="Who may attend" defaultValue={v.whoMayAttend} errors={e.whoMayAttend} options={WHO_MAY_ATTEND.map((w) => ({ value: w, label: WHO_MAY_ATTEND_LABELS[w] }))} className="sm:col-span-2" />
          <SelectField name="costKind" label="Cost" defaultValue={v.costKind} errors={e.costKind} options={COST_KINDS_WITH_LABELS.map((c) => ({ value: c.code, label: c.label }))} />
          <TextField name="languages" label="Languages" hint="For example: English, French" defaultValue={v.languages} errors={e.languages} />
          <TextField name="phone" label="Public phone" type="tel" autoComplete="tel" defaultValue={v.phone} errors={e.phone} />
          <TextField name="email" label="Public email" type="email" defaultValue={v.email} errors={e.email} />
          <TextField name="website" label="Website" type="url" defaultValue={v.website} errors={e.website} className="sm:col-span-2" />
        </div>
      </fieldset>
      <fieldset className="mt-6 grid gap-3 sm:grid-cols-2">
        <legend className="text-xl font-semibold">When and where it meets</legend>
        <SelectField name="attendance" label="How people attend" defaultValue={v.attendance} errors={e.attendance} options={ATTENDANCES.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))} />
        <SelectField name="recurrence" label="How often" defaultValue={v.recurrence} errors={e.recurrence} options={[{ value: 'WEEKLY', label: 'Every week' }, { value: 'MONTHLY_NTH', label: 'Once a month' }, { value: 'BY_ARRANGEMENT', label: 'By arrangement' }]} />
        <SelectField name="weekday" label="Day" defaultValue={v.weekday} errors={e.weekday} options={DAYS.map((d, i) => ({ value: i === 0 ? '' : String(i), label: d || '—' }))} />
        <SelectField name="monthWeek" label="Week of the month (monthly only)" defaultValue={v.monthWeek} errors={e.monthWeek} options={[{ value: '', label: '—' }, { value: '1', label: 'First' }, { value: '2', label: 'Second' }, { value: '3', label: 'Third' }, { value: '4', label: 'Fourth' }, { value: '-1', label: 'Last' }]} />
        <TextField name="startTime" label="Starts at" type="time" defaultValue={v.startTime} errors={e.startTime} />
        <TextField name="endTime" label="Ends at" type="time" defaultValue={v.endTime} errors={e.endTime} />
        <TextField name="venueName" label="Venue" defaultValue={v.venueName} errors={e.venueName} />
        <TextField name="addressLine1" label="Street address" defaultValue={v.addressLine1} errors={e.addressLine1} />
        <TextField name="town" label="Town" defaultValue={v.town} errors={e.town} />
        <TextField name="postalCode" label="Postal code" defaultValue={v.postalCode} errors={e.postalCode} />
        <TextField name="onlineUrl" label="Online meeting link (if public)" type="url" defaultValue={v.onlineUrl} errors={e.onlineUrl} className="sm:col-span-2" />
      </fieldset>
    </>
  );
}
