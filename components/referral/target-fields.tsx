// Which group the referral is for, or what to look for when the referrer
// asks us to help find one.
import Link from 'next/link';
import { ErrorText } from '@/components/ui/field-text';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { ATTENDANCE_CHOICES, type ReferralFormValues } from '@/lib/referrals/schema';
import type { Attendance } from '@/lib/generated/prisma/enums';
import { REFERRAL_FIELD as F, referralIds } from './field-ids';

type Props = {
  values: ReferralFormValues;
  errors: FieldErrors;
  group: { slug: string; name: string } | null;
  topics: { slug: string; name: string }[];
};

const ATTENDANCE_LABELS: Record<Attendance, string> = { IN_PERSON: 'In person', ONLINE: 'Online', PHONE: 'By phone', HYBRID: 'In person or online' };

export function TargetFields({ values: v, errors: e, group, topics }: Props) {
  // A problem with the form itself (expired key, bad group link) is shown here.
  const formError = <ErrorText id={referralIds('idempotencyKey').error} messages={e.idempotencyKey} density="roomy" />;
  if (group) {
    return (
      <section id="referral-target" tabIndex={-1} aria-labelledby="target-heading" className="mt-6 rounded border border-slate-300 bg-brand-50 p-4">
        <h2 id="target-heading" className="text-xl font-semibold">
          The group
        </h2>
        <input type="hidden" name="groupSlug" value={group.slug} />
        <p className="mt-1">
          You are referring a client to <strong>{group.name}</strong>.
        </p>
        {formError}
        <p className="mt-1 text-sm">
          Not sure this is the right group? <Link href="/refer">Ask us to help find one</Link> instead.
        </p>
      </section>
    );
  }
  return (
    <fieldset id="referral-target" tabIndex={-1} className="mt-6">
      <legend className="text-xl font-semibold">Help me find a group</legend>
      <p className="mt-1 text-slate-700">
        Tell us what to look for and we will suggest groups. Know the group already?{' '}
        <Link href="/groups">Find it in the directory</Link> and choose &ldquo;Refer a client to this group&rdquo;.
      </p>
      {formError}
      <SelectField
        {...F}
        name="helpTopic"
        label="Topic"
        optional
        errors={e.helpTopic}
        defaultValue={v.helpTopic}
        options={[{ value: '', label: 'Not sure — we will talk it over' }, ...topics.map((t) => ({ value: t.slug, label: t.name }))]}
      />
      <TextField {...F} name="helpTown" label="Town or city" optional hint="Where your client would like to meet." errors={e.helpTown} defaultValue={v.helpTown} />
      <SelectField
        {...F}
        name="helpAttendance"
        label="How would they like to attend?"
        optional
        errors={e.helpAttendance}
        defaultValue={v.helpAttendance}
        options={[{ value: '', label: 'Any way' }, ...ATTENDANCE_CHOICES.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))]}
      />
    </fieldset>
  );
}
