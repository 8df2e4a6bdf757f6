// The listing part of the public "List your group" form, also used by staff
// to correct a proposal before approving it: the group's facts, languages by
// name, and every meeting (each can be corrected or removed) plus a spare
// row for a new one. "Add another meeting" posts the form back with one more
// spare row, so it works without JavaScript.
import { WHO_MAY_ATTEND_LABELS } from '@/components/group/labels';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/choices';
import { ErrorText } from '@/components/ui/field-text';
import { SelectField } from '@/components/ui/select-field';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { WHO_MAY_ATTEND } from '@/lib/listings/schema';
import { blankProposalMeeting, MAX_PROPOSAL_MEETINGS, type ProposalValues } from '@/lib/submissions/schema';
import { COST_KINDS_WITH_LABELS } from '@/lib/vocabulary';
import { LanguagePicker } from './language-picker';
import { ProposalMeetingFieldset } from './proposal-meeting-fieldset';

/** The submit button's value that asks for one more meeting row instead of sending. */
export const ADD_MEETING_INTENT = 'add-meeting';

type Props = { values: ProposalValues; errors: FieldErrors; topics: { slug: string; name: string }[] };

function legends(meetings: ProposalValues['meetings']): string[] {
  let listed = 0;
  let added = 0;
  return meetings.map((m) => {
    if (m.ref) {
      listed += 1;
      return `Meeting ${listed}${m.town ? ` in ${m.town}` : ''}`;
    }
    added += 1;
    return `New meeting ${added}`;
  });
}

export function ProposalFields({ values: v, errors: e, topics }: Props) {
  const names = legends(v.meetings);
  const room = v.meetings.length < MAX_PROPOSAL_MEETINGS;
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">The group</legend>
        <TextField name="name" label="Group name" required defaultValue={v.name} errors={e.name} />
        <TextField name="summary" label="In one sentence, who is it for?" required defaultValue={v.summary} errors={e.summary} />
        <TextArea name="description" label="More about the group" rows={5} defaultValue={v.description} errors={e.description} />
        <CheckboxGroup name="topicSlugs" label="Topics" columns checked={v.topicSlugs} options={topics.map((t) => ({ value: t.slug, label: t.name }))} errors={e.topicSlugs} />
        <LanguagePicker checked={v.languages} errors={e.languages} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="whoMayAttend" label="Who may attend" defaultValue={v.whoMayAttend} errors={e.whoMayAttend} options={WHO_MAY_ATTEND.map((w) => ({ value: w, label: WHO_MAY_ATTEND_LABELS[w] }))} className="sm:col-span-2" />
          <SelectField name="costKind" label="Cost" defaultValue={v.costKind} errors={e.costKind} options={COST_KINDS_WITH_LABELS.map((c) => ({ value: c.code, label: c.label }))} />
          <TextField name="phone" label="Public phone" type="tel" autoComplete="tel" defaultValue={v.phone} errors={e.phone} />
          <TextField name="email" label="Public email" type="email" defaultValue={v.email} errors={e.email} />
          <TextField name="website" label="Website" type="url" defaultValue={v.website} errors={e.website} className="sm:col-span-2" />
        </div>
      </fieldset>
      <section aria-labelledby="meetings-heading" className="mt-6 space-y-4">
        <h2 id="meetings-heading" className="text-xl font-semibold">
          When and where it meets
        </h2>
        <div id="meetings" tabIndex={-1}>
          <p>Correct any meeting below, tick “remove” for one that has stopped, or fill in the empty one to add a meeting.</p>
          <ErrorText id="meetings-error" messages={e.meetings} />
        </div>
        <input type="hidden" name="meetingRows" value={v.meetings.length + (room ? 1 : 0)} />
        {v.meetings.map((m, i) => (
          <ProposalMeetingFieldset key={i} index={i} values={m} errors={e} legend={names[i] ?? `Meeting ${i + 1}`} />
        ))}
        {room && (
          <>
            <ProposalMeetingFieldset key={v.meetings.length} index={v.meetings.length} values={blankProposalMeeting()} errors={e} legend="Add a meeting (leave empty if not needed)" />
            <p>
              <Button type="submit" name="intent" value={ADD_MEETING_INTENT} variant="secondary" formNoValidate>
                Add another meeting
              </Button>
            </p>
          </>
        )}
      </section>
    </>
  );
}
