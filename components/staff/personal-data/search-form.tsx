// Who to look for. A plain server-action form: it works without JavaScript.
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

type FormAction = (form: FormData) => Promise<void>;

export function PersonalDataSearchForm({ action, error }: { action: FormAction; error: 'email' | 'phone' | null }) {
  return (
    <form action={action} className="mt-4 grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-2">
      <TextField
        name="email"
        type="email"
        label="Email address"
        defaultValue=""
        optional
        errors={error === 'email' ? ['Enter an email address like name@example.org, or a phone number'] : undefined}
      />
      <TextField
        name="phone"
        type="tel"
        label="Phone number"
        hint="Any way of writing it: 416-555-0123, (416) 555 0123 or +1 416 555 0123 all match."
        defaultValue=""
        optional
        errors={error === 'phone' ? ['Enter a phone number with its area code, like 416-555-0123'] : undefined}
      />
      <p className="sm:col-span-2">
        <Button>Find everything held</Button>
      </p>
    </form>
  );
}
