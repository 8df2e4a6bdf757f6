// The referral page's assignment forms (the note-and-status form is
// work-form.tsx). Plain server-action forms: they work without JavaScript.
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';

type FormAction = (form: FormData) => Promise<void>;

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
