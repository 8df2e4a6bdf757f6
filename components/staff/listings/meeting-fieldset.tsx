// One meeting row of the listing editor, with its schedule read back in the
// group page's words. Without JavaScript a spare row is the same fieldset
// left empty and a saved one has a "remove" box; with it, the meetings
// section adds rows and removes them with undo (./meetings-section.tsx).
import { ATTENDANCE_LABELS } from '@/components/group/labels';
import { Button } from '@/components/ui/button';
import { Checkbox, CheckboxGroup } from '@/components/ui/choices';
import { SelectField, type Option } from '@/components/ui/select-field';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { fieldIds } from '@/lib/forms/field-ids';
import { ATTENDANCES, type MeetingFormValues } from '@/lib/listings/meeting-rules';
import { TimeZoneSelect } from './pickers';

const WEEKDAYS = [
  { value: '1', label: 'Monday' }, { value: '2', label: 'Tuesday' }, { value: '3', label: 'Wednesday' }, { value: '4', label: 'Thursday' },
  { value: '5', label: 'Friday' }, { value: '6', label: 'Saturday' }, { value: '7', label: 'Sunday' },
];
const RECURRENCE_OPTIONS = [
  { value: 'WEEKLY', label: 'Weekly (or every few weeks)' },
  { value: 'MONTHLY_NTH', label: 'Monthly, on one weekday' },
  { value: 'BY_ARRANGEMENT', label: 'By arrangement' },
];
const MONTH_WEEK_OPTIONS = [
  { value: '', label: '—' }, { value: '1', label: 'First' }, { value: '2', label: 'Second' }, { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' }, { value: '-1', label: 'Last' },
];

/** A meeting row's input ids are prefixed with its place: "m0-town". */
export const meetingFieldId = (index: number, field: string) => fieldIds(field, `m${index}`).input;

type Props = {
  index: number;
  values: MeetingFormValues;
  errors: FieldErrors;
  /** What the legend calls it: "Meeting 2 in Kingston", "New meeting". */
  legend: string;
  /** The schedule as the group page will say it. */
  words: string;
  timeZones: readonly Option[];
  /** With JavaScript: a button that removes the row (with undo) instead of the "remove" box. */
  onRemove?: () => void;
};

export function meetingLegend(v: MeetingFormValues, number: number, spare: boolean): string {
  if (spare) return 'New meeting (leave empty if not needed)';
  if (!v.id) return 'New meeting';
  return `Meeting ${number}${v.town ? ` in ${v.town}` : ''}`;
}

export function MeetingFieldset({ index: i, values: v, errors, legend, words, timeZones, onRemove }: Props) {
  const name = (f: string) => `meetings.${i}.${f}`;
  const id = (f: string) => meetingFieldId(i, f);
  const err = (f: string) => errors[`meetings.${i}.${f}`];
  const mapOpen = v.locationSource === 'coordinates' || Boolean(err('latitude') || err('longitude'));
  return (
    <fieldset className="rounded border border-slate-300 p-4" data-testid="meeting-row" aria-describedby={id('words')}>
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      <input type="hidden" name={name('id')} value={v.id} />
      <p id={id('words')} className="mb-3 rounded bg-brand-50 px-3 py-2" data-testid="schedule-words">
        <span className="font-semibold">On the group page: </span>
        {words}
      </p>
      {onRemove ? (
        <p className="mb-3">
          <Button type="button" variant="secondary" size="small" onClick={onRemove}>
            Remove this meeting
          </Button>
        </p>
      ) : (
        v.id && (
          <p className="mb-3">
            <Checkbox id={id('remove')} name={name('remove')} label="Remove this meeting when I save" defaultChecked={v.remove} />
          </p>
        )
      )}
      {err('id') && <p className="font-semibold text-red-800">{err('id')?.join(' ')}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id={id('recurrence')} name={name('recurrence')} label="How often" defaultValue={v.recurrence} options={RECURRENCE_OPTIONS} errors={err('recurrence')} />
        <TextField id={id('startsOn')} name={name('startsOn')} label="First date" type="date" defaultValue={v.startsOn} errors={err('startsOn')} hint="Counts every-N-weeks from here." />
        <CheckboxGroup id={id('weekdays')} name={name('weekdays')} label="Day of the week" checked={v.weekdays} options={WEEKDAYS} errors={err('weekdays')} className="sm:col-span-2" />
        <TextField id={id('intervalWeeks')} name={name('intervalWeeks')} label="Every how many weeks" inputMode="numeric" defaultValue={v.intervalWeeks} errors={err('intervalWeeks')} hint="Weekly meetings: 1 = every week, 2 = every other week." />
        <SelectField id={id('monthWeek')} name={name('monthWeek')} label="Week of the month" defaultValue={v.monthWeek} options={MONTH_WEEK_OPTIONS} errors={err('monthWeek')} hint="Monthly meetings only." />
        <TextField id={id('startTime')} name={name('startTime')} label="Start time" type="time" defaultValue={v.startTime} errors={err('startTime')} />
        <TextField id={id('endTime')} name={name('endTime')} label="End time" type="time" defaultValue={v.endTime} errors={err('endTime')} />
        <TimeZoneSelect id={id('timeZone')} name={name('timeZone')} value={v.timeZone} options={timeZones} errors={err('timeZone')} />
        <SelectField id={id('attendance')} name={name('attendance')} label="How people attend" defaultValue={v.attendance} options={ATTENDANCES.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))} errors={err('attendance')} />
      </div>
      <h3 className="mt-4 font-semibold">Where it meets in person</h3>
      <div className="mt-1 grid gap-3 sm:grid-cols-2">
        <TextField id={id('venueName')} name={name('venueName')} label="Venue" defaultValue={v.venueName} errors={err('venueName')} />
        <TextField id={id('addressLine1')} name={name('addressLine1')} label="Street address" defaultValue={v.addressLine1} errors={err('addressLine1')} />
        <TextField id={id('addressLine2')} name={name('addressLine2')} label="Address line 2" defaultValue={v.addressLine2} errors={err('addressLine2')} />
        <TextField id={id('town')} name={name('town')} label="Town" defaultValue={v.town} errors={err('town')} />
        <TextField id={id('region')} name={name('region')} label="Province" defaultValue={v.region} errors={err('region')} />
        <TextField id={id('postalCode')} name={name('postalCode')} label="Postal code" defaultValue={v.postalCode} errors={err('postalCode')} />
        <TextField id={id('country')} name={name('country')} label="Country code" defaultValue={v.country} errors={err('country')} />
      </div>
      <details className="mt-3" open={mapOpen || undefined}>
        <summary className="cursor-pointer font-semibold">Position on the map</summary>
        <fieldset className="mt-1">
          <legend className="sr-only">Position on the map</legend>
          <ul className="mt-1 space-y-1">
            <li>
              <label className="inline-flex items-center gap-2">
                <input type="radio" name={name('locationSource')} value="gazetteer" defaultChecked={v.locationSource !== 'coordinates'} className="h-4 w-4" />
                Look it up from the postal code or town when I save
              </label>
            </li>
            <li>
              <label className="inline-flex items-center gap-2">
                <input type="radio" name={name('locationSource')} value="coordinates" defaultChecked={v.locationSource === 'coordinates'} className="h-4 w-4" />
                Use these coordinates
              </label>
            </li>
          </ul>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <TextField id={id('latitude')} name={name('latitude')} label="Latitude" inputMode="decimal" defaultValue={v.latitude} errors={err('latitude')} />
            <TextField id={id('longitude')} name={name('longitude')} label="Longitude" inputMode="decimal" defaultValue={v.longitude} errors={err('longitude')} />
          </div>
        </fieldset>
      </details>
      <h3 className="mt-4 font-semibold">Online and by phone</h3>
      <div className="mt-1 grid gap-3 sm:grid-cols-2">
        <TextField id={id('onlineUrl')} name={name('onlineUrl')} label="Online meeting link" type="url" defaultValue={v.onlineUrl} errors={err('onlineUrl')} />
        <p className="self-end">
          <Checkbox id={id('onlineOnRequest')} name={name('onlineOnRequest')} label="Link given on request" defaultChecked={v.onlineOnRequest} />
        </p>
        <TextField id={id('dialIn')} name={name('dialIn')} label="Dial-in number" defaultValue={v.dialIn} errors={err('dialIn')} />
        <p className="self-end">
          <Checkbox id={id('dialInOnRequest')} name={name('dialInOnRequest')} label="Given on request" defaultChecked={v.dialInOnRequest} />
        </p>
      </div>
      <TextArea id={id('notes')} name={name('notes')} label="Notes for visitors" defaultValue={v.notes} errors={err('notes')} rows={2} className="mt-3" />
    </fieldset>
  );
}
