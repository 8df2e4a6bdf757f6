// Which group the referral is for, or what to look for when the referrer
// asks us to help find one.
import Link from 'next/link';
import { ATTENDANCE_CHOICES, type FieldErrors, type ReferralFormValues } from '@/lib/validation/referral';
import type { Attendance } from '@/lib/generated/prisma/enums';
import { describedBy, ErrorText, fieldId, inputClass, TextField } from './field';

type Props = {
  values: ReferralFormValues;
  errors: FieldErrors;
  group: { slug: string; name: string } | null;
  topics: { slug: string; name: string }[];
};

const ATTENDANCE_LABELS: Record<Attendance, string> = { IN_PERSON: 'In person', ONLINE: 'Online', PHONE: 'By phone', HYBRID: 'In person or online' };

export function TargetFields({ values: v, errors: e, group, topics }: Props) {
  const formError = <ErrorText name="idempotencyKey" error={e.idempotencyKey} />;
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
  const topicError = e.helpTopic;
  const attendanceError = e.helpAttendance;
  return (
    <fieldset id="referral-target" tabIndex={-1} className="mt-6">
      <legend className="text-xl font-semibold">Help me find a group</legend>
      <p className="mt-1 text-slate-700">
        Tell us what to look for and we will suggest groups. Know the group already?{' '}
        <Link href="/groups">Find it in the directory</Link> and choose &ldquo;Refer a client to this group&rdquo;.
      </p>
      {formError}
      <div className="mt-4">
        <label htmlFor={fieldId('helpTopic')} className="block font-medium">
          Topic <span className="font-normal text-slate-700">(optional)</span>
        </label>
        <ErrorText name="helpTopic" error={topicError} />
        <select
          id={fieldId('helpTopic')}
          name="helpTopic"
          defaultValue={v.helpTopic}
          aria-invalid={topicError ? true : undefined}
          aria-describedby={describedBy('helpTopic', false, Boolean(topicError))}
          className={inputClass(Boolean(topicError))}
        >
          <option value="">Not sure — we will talk it over</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <TextField name="helpTown" label="Town or city" optional hint="Where your client would like to meet." error={e.helpTown} defaultValue={v.helpTown} />
      <div className="mt-4">
        <label htmlFor={fieldId('helpAttendance')} className="block font-medium">
          How would they like to attend? <span className="font-normal text-slate-700">(optional)</span>
        </label>
        <ErrorText name="helpAttendance" error={attendanceError} />
        <select
          id={fieldId('helpAttendance')}
          name="helpAttendance"
          defaultValue={v.helpAttendance}
          aria-invalid={attendanceError ? true : undefined}
          aria-describedby={describedBy('helpAttendance', false, Boolean(attendanceError))}
          className={inputClass(Boolean(attendanceError))}
        >
          <option value="">Any way</option>
          {ATTENDANCE_CHOICES.map((a) => (
            <option key={a} value={a}>
              {ATTENDANCE_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
