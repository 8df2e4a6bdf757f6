// One meeting of the public form: a listed meeting (with "remove") or a new
// one. The row's listed-meeting id travels in a hidden field; ids of its
// inputs are prefixed with its place ("m1-town") so two rows never clash.
import { ATTENDANCE_LABELS } from '@/components/group/labels';
import { Checkbox } from '@/components/ui/choices';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { fieldIds } from '@/lib/forms/field-ids';
import { ATTENDANCES } from '@/lib/listings/meeting-schema';
import type { ProposalMeetingValues } from '@/lib/submissions/schema';
import { DAYS, MONTH_WEEKS, RECURRENCES } from './meeting-words';


/** The input id of a meeting row's field, also what the error summary links to. */
export const proposalMeetingFieldId = (index: number, field: string) => fieldIds(field, `m${index}`).input;

/** Where the error summary's link for a key goes: a meeting row's field, or the field of that name. */
export function proposalErrorTarget(key: string): string {
  const m = /^meetings\.(\d+)\.(\w+)$/.exec(key);
  return m ? proposalMeetingFieldId(Number(m[1]), m[2]!) : key;
}

type Props = { index: number; values: ProposalMeetingValues; errors: FieldErrors; legend: string };

export function ProposalMeetingFieldset({ index: i, values: v, errors, legend }: Props) {
  const name = (f: string) => `meetings.${i}.${f}`;
  const id = (f: string) => proposalMeetingFieldId(i, f);
  const err = (f: string) => errors[`meetings.${i}.${f}`];
  return (
    <fieldset className="rounded border border-slate-300 p-4" data-testid="proposal-meeting">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      <input type="hidden" name={name('ref')} value={v.ref} />
      {err('ref') && (
        <p id={id('ref')} tabIndex={-1} className="mb-2 font-semibold text-red-800">
          {err('ref')?.join(' ')}
        </p>
      )}
      {v.ref && (
        <p className="mb-3">
          <Checkbox id={id('remove')} name={name('remove')} label="This meeting no longer takes place: remove it" defaultChecked={v.remove} />
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id={id('attendance')} name={name('attendance')} label="How people attend" defaultValue={v.attendance} errors={err('attendance')} options={ATTENDANCES.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))} />
        <SelectField id={id('recurrence')} name={name('recurrence')} label="How often" defaultValue={v.recurrence} errors={err('recurrence')} options={RECURRENCES} />
        <SelectField id={id('weekday')} name={name('weekday')} label="Day" defaultValue={v.weekday} errors={err('weekday')} options={DAYS.map((d, n) => ({ value: n === 0 ? '' : String(n), label: d || '—' }))} />
        <SelectField id={id('monthWeek')} name={name('monthWeek')} label="Week of the month (monthly only)" defaultValue={v.monthWeek} errors={err('monthWeek')} options={MONTH_WEEKS} />
        <TextField id={id('startTime')} name={name('startTime')} label="Starts at" type="time" defaultValue={v.startTime} errors={err('startTime')} />
        <TextField id={id('endTime')} name={name('endTime')} label="Ends at" type="time" defaultValue={v.endTime} errors={err('endTime')} />
        <TextField id={id('venueName')} name={name('venueName')} label="Venue" defaultValue={v.venueName} errors={err('venueName')} />
        <TextField id={id('addressLine1')} name={name('addressLine1')} label="Street address" defaultValue={v.addressLine1} errors={err('addressLine1')} />
        <TextField id={id('town')} name={name('town')} label="Town" defaultValue={v.town} errors={err('town')} />
        <TextField id={id('postalCode')} name={name('postalCode')} label="Postal code" defaultValue={v.postalCode} errors={err('postalCode')} />
        <TextField id={id('onlineUrl')} name={name('onlineUrl')} label="Online meeting link (if public)" type="url" defaultValue={v.onlineUrl} errors={err('onlineUrl')} className="sm:col-span-2" />
      </div>
    </fieldset>
  );
}
