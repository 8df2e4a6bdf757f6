// When the listing was last confirmed with the group, and "Mark as checked
// today". The button belongs to a small form of its own (form="…"), outside
// the editor's form, so the check never resets or sends what is typed.
import { Button } from '@/components/ui/button';
import { Section } from './editor-sections';

export const CHECK_FORM_ID = 'listing-check';

type Props = { lastChecked: string; message: string | null; pending: boolean };

export function VerificationSection({ lastChecked, message, pending }: Props) {
  return (
    <Section id="verification">
      <p>
        <span className="font-semibold">Last checked with the group: </span>
        <span data-testid="group-verified">{lastChecked}</span>
      </p>
      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" form={CHECK_FORM_ID} variant="secondary" disabled={pending || undefined}>
          {pending ? 'Marking…' : 'Mark as checked today'}
        </Button>
        <span role="status" data-testid="check-status">{message}</span>
      </p>
      <p className="text-sm">Use it after confirming the details with the group. It is recorded in the audit trail and keeps anything you have typed.</p>
    </Section>
  );
}
