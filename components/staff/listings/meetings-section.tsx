'use client';
// The meetings of a listing. Without JavaScript the server's rows are shown
// as they are: saved meetings with a "remove" box and one empty block to add
// a meeting. With it, "Add meeting" adds a block, "Remove this meeting"
// folds one away with an Undo (its fields stay in the form, hidden, so Undo
// brings back what was typed), and the empty block is not needed.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { Option } from '@/components/ui/select-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { MAX_MEETING_ROWS } from '@/lib/listings/group-rules';
import { blankMeetingValues, isBlankMeetingRow, readMeetingValues, type MeetingFormValues } from '@/lib/listings/meeting-rules';
import { scheduleInWords } from '@/lib/listings/schedule-words';
import { MeetingFieldset, meetingFieldId, meetingLegend } from './meeting-fieldset';
import { Section } from './editor-sections';

/** `spare`: the empty block the page offers for adding without JavaScript. */
type Row = { key: number; values: MeetingFormValues; removed: boolean; words: string; spare: boolean };
type Props = { meetings: MeetingFormValues[]; errors: FieldErrors; timeZones: readonly Option[]; today: string; enhanced: boolean };

const isSpare = (m: MeetingFormValues) => !m.id && !m.remove && isBlankMeetingRow(m);
// Rows that come back from a refused save keep their places (their messages are keyed by place).
const rowsOf = (meetings: MeetingFormValues[], fromPage: boolean): Row[] =>
  meetings.map((values, key) => ({ key, values, removed: values.remove, words: scheduleInWords(values), spare: fromPage && isSpare(values) }));

export function MeetingsSection({ meetings, errors, timeZones, today, enhanced }: Props) {
  const [source, setSource] = useState(meetings);
  const [rows, setRows] = useState(() => rowsOf(meetings, true));
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  // A save that came back refused brings the rows as they were sent.
  if (source !== meetings) {
    setSource(meetings);
    setRows(rowsOf(meetings, false));
  }
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // With JavaScript the empty block is replaced by "Add meeting".
  const shown = enhanced ? rows.filter((r) => !r.spare) : rows;
  const saved = (r: Row) => Boolean(r.values.id);
  const numberOf = (r: Row) => shown.filter((x) => saved(x)).indexOf(r) + 1;
  const labelOf = (r: Row) => meetingLegend(r.values, numberOf(r), !enhanced && isSpare(r.values));

  const update = (key: number, change: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () => {
    const key = rows.reduce((m, r) => Math.max(m, r.key), meetings.length) + 1;
    setRows((all) => [...all, { key, values: blankMeetingValues(today), removed: false, words: scheduleInWords(blankMeetingValues(today)), spare: false }]);
    focusNext.current = meetingFieldId(shown.length, 'recurrence');
    setAnnouncement('A new meeting was added at the end of the list.');
  };
  const remove = (r: Row) => {
    update(r.key, { removed: true });
    focusNext.current = `meeting-undo-${r.key}`;
    setAnnouncement(removedText(r));
  };
  const undo = (r: Row, i: number) => {
    update(r.key, { removed: false });
    focusNext.current = meetingFieldId(i, 'recurrence');
    setAnnouncement(`${labelOf(r)} is back.`);
  };
  const removedText = (r: Row) => (saved(r) ? `${labelOf(r)} will be removed when you save.` : 'This new meeting will not be added.');
  // Keeps each row's words in step with what is typed in it.
  const onChange = (e: ChangeEvent<HTMLElement>) => {
    const target = e.target as HTMLInputElement;
    const match = /^meetings\.(\d+)\./.exec(target.name ?? '');
    const row = match ? shown[Number(match[1])] : undefined;
    if (!row || !target.form) return;
    update(row.key, { words: scheduleInWords(readMeetingValues(new FormData(target.form), `meetings.${match?.[1]}.`)) });
  };

  return (
    <Section id="meetings">
      <input type="hidden" name="meetingRows" value={shown.length} />
      {!enhanced && <p>Fill in the empty meeting to add one; tick “Remove” on a saved one to delete it.</p>}
      <div className="space-y-4" onChange={onChange}>
        {shown.map((r, i) => {
          const folded = enhanced && r.removed;
          // One shape whether folded or not, so Undo finds the fields as they were typed.
          return (
            <div key={r.key}>
              {folded && (
                <div className="flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-500 p-3" data-testid="meeting-removed">
                  <p>{removedText(r)}</p>
                  <Button type="button" variant="secondary" size="small" id={`meeting-undo-${r.key}`} onClick={() => undo(r, i)}>
                    Undo
                  </Button>
                  <input type="hidden" name={`meetings.${i}.remove`} value="on" />
                </div>
              )}
              <div hidden={folded || undefined}>
                <MeetingFieldset index={i} values={r.values} errors={folded ? {} : errors} legend={labelOf(r)} words={r.words} timeZones={timeZones} onRemove={enhanced ? () => remove(r) : undefined} />
              </div>
            </div>
          );
        })}
      </div>
      {enhanced && (
        <p>
          <Button type="button" variant="secondary" onClick={add} disabled={shown.length >= MAX_MEETING_ROWS}>
            Add meeting
          </Button>
        </p>
      )}
      <p role="status" className="sr-only">{announcement}</p>
    </Section>
  );
}
