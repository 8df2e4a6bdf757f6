// Publish / unpublish / archive: one small form each, so every button works
// without JavaScript. "Mark as checked today" is in the editor's
// verification section.
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { GROUP_STATUS_LABELS } from '@/components/staff/status-labels';
import type { GroupStatus } from '@/lib/generated/prisma/enums';

type FormAction = (form: FormData) => Promise<void>;
export type StatusActions = { publish: FormAction; unpublish: FormAction; archive: FormAction };
type Props = { id: string; slug: string; status: GroupStatus; actions: StatusActions };

function ActionButton({ id, action, children }: { id: string; action: FormAction; children: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button variant="secondary" size="small">
        {children}
      </Button>
    </form>
  );
}

export function StatusPanel({ id, slug, status, actions }: Props) {
  return (
    <section aria-labelledby="status-heading" className="mt-4 rounded border border-slate-300 p-4">
      <h2 id="status-heading" className="sr-only">Status</h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="group-status">{GROUP_STATUS_LABELS[status]}</dd>
      </dl>
      <div className="mt-3 flex flex-wrap gap-3">
        {status !== 'PUBLISHED' && <ActionButton id={id} action={actions.publish}>Publish</ActionButton>}
        {status === 'PUBLISHED' && <ActionButton id={id} action={actions.unpublish}>Unpublish</ActionButton>}
        {status !== 'ARCHIVED' && <ActionButton id={id} action={actions.archive}>Archive</ActionButton>}
      </div>
      <p className="mt-3 flex flex-wrap gap-x-6">
        <Link href={`/staff/listings/${id}/preview`}>Preview as the public will see it</Link>
        {status === 'PUBLISHED' && <Link href={`/groups/${encodeURIComponent(slug)}`}>Open the public page</Link>}
      </p>
    </section>
  );
}
