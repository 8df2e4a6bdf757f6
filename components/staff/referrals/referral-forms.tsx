// The referral page's forms: status (only the allowed next steps), note and
// assignment. Plain server-action forms: they work without JavaScript.
import { Button } from '@/components/ui/button';
import { LOOKS } from '@/components/ui/looks';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-field';
import { STATUS_WORDS } from '@/lib/referrals/status-words';
import type { ReferralStatus } from '@/lib/generated/prisma/enums';
import { NEXT_STATUSES } from '@/lib/referrals/staff-schema';

type FormAction = (form: FormData) => Promise<void>;


export function StatusForm({ id, status, action }: { id: string; status: ReferralStatus; action: FormAction }) {
  const next = NEXT_STATUSES[status];
  if (next.length === 0) return <p>This referral is closed; its status cannot change.</p>;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <fieldset>
        <legend className="font-semibold">Move to</legend>
        <ul className="mt-1 space-y-1">
          {next.map((s, i) => (
            <li key={s}>
              <label className="inline-flex items-center gap-2">
                <input type="radio" name="status" value={s} defaultChecked={i === 0} className="h-4 w-4" />
                {STATUS_WORDS[s].label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextArea id="status-note" name="note" label="Note for the team (optional, never shown to the referrer)" rows={2} defaultValue="" />
      <p className="text-sm text-slate-700">The referrer is emailed that the status changed (without the note).</p>
      <Button>Change status</Button>
    </form>
  );
}

export function NoteForm({ id, action }: { id: string; action: FormAction }) {
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <label htmlFor="note" className="block font-semibold">Add a note (staff only)</label>
      <textarea id="note" name="note" rows={3} required className={LOOKS.compact.control(false, false)} />
      <Button>Add note</Button>
    </form>
  );
}

export function AssignForms({ id, assignedToId, meId, staff, action }: { id: string; assignedToId: string | null; meId: string; staff: { id: string; name: string }[]; action: FormAction }) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      {assignedToId !== meId && (
        <form action={action}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="assignee" value="me" />
          <Button>Assign to me</Button>
        </form>
      )}
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={id} />
        <SelectField name="assignee" label="Assign to" defaultValue={assignedToId ?? ''} options={[{ value: '', label: 'Nobody' }, ...staff.map((s) => ({ value: s.id, label: s.name }))]} />
        <Button variant="secondary">Assign</Button>
      </form>
    </div>
  );
}
