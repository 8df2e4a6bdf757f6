// The referral page's forms: status (only the allowed next steps), note and
// assignment. Plain server-action forms: they work without JavaScript.
import { STATUS_WORDS } from '@/lib/referrals/status-words';
import type { ReferralStatus } from '@/lib/generated/prisma/enums';
import { NEXT_STATUSES } from '@/lib/validation/staff-referral';

type FormAction = (form: FormData) => Promise<void>;

const button = 'rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900';
const control = 'mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1';

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
      <div>
        <label htmlFor="status-note" className="block font-semibold">Note for the team (optional, never shown to the referrer)</label>
        <textarea id="status-note" name="note" rows={2} className={control} />
      </div>
      <p className="text-sm text-slate-700">The referrer is emailed that the status changed (without the note).</p>
      <button type="submit" className={button}>Change status</button>
    </form>
  );
}

export function NoteForm({ id, action }: { id: string; action: FormAction }) {
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <label htmlFor="note" className="block font-semibold">Add a note (staff only)</label>
      <textarea id="note" name="note" rows={3} required className={control} />
      <button type="submit" className={button}>Add note</button>
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
          <button type="submit" className={button}>Assign to me</button>
        </form>
      )}
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={id} />
        <div>
          <label htmlFor="assignee" className="block font-semibold">Assign to</label>
          <select id="assignee" name="assignee" defaultValue={assignedToId ?? ''} className={control}>
            <option value="">Nobody</option>
            {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-800 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">Assign</button>
      </form>
    </div>
  );
}
