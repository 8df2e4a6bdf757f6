'use server';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { changeContext } from '@/lib/staff/context';
import { fieldErrorsFrom, type FieldErrors } from '@/lib/forms/field-errors';
import { readReferralWork } from '@/lib/referrals/staff-schema';
import { STATUS_WORDS } from '@/lib/referrals/status-words';
import { workOnReferral } from '@/lib/referrals/staff-work-data';
import type { ReferralWorkState } from '@/lib/referrals/work-state';
import { readReferralId } from './shared';

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v.slice(0, 5_000) : '');

/**
 * Adds a note and/or changes the status. A change that mails the referrer
 * first comes back with the message to confirm (nothing written); the
 * confirm button sends the message's digest, and only then is it queued.
 * "Go back" (`back`) returns to the form as typed.
 */
export async function workOnReferralAction(_prev: ReferralWorkState, form: FormData): Promise<ReferralWorkState> {
  const session = await authorizeAction('referral.work', 'REFERRALS');
  const id = readReferralId(form);
  if (!id) notFound();
  const values = { status: text(form.get('status')), note: text(form.get('note')) };
  const version = text(form.get('version'));
  const refused = (fieldErrors: FieldErrors): ReferralWorkState => ({ values, fieldErrors, message: 'Please correct the highlighted fields.', confirm: null, version });
  if (form.get('back') !== null) return { values, fieldErrors: {}, message: null, confirm: null, version };
  const parsed = readReferralWork(form);
  if (!parsed.success) return refused(fieldErrorsFrom(parsed.error, { firstOnly: true }));
  const result = await workOnReferral(id, parsed.data, await changeContext(session));
  switch (result.kind) {
    case 'not-found':
      notFound();
    case 'stale':
      // The page is drawn again with what changed; what was typed stays in the form.
      revalidatePath(`/staff/referrals/${id}`);
      return {
        values: { status: '', note: values.note },
        fieldErrors: {},
        message: `This referral changed while you were working on it (it is now “${STATUS_WORDS[result.status].label}”; see its history). Nothing was saved and no one was emailed. Check your note, choose the status again if it still needs to change, and save.`,
        confirm: null,
        version: result.version,
      };
    case 'transition':
      return refused({ status: [`A referral cannot move from “${STATUS_WORDS[result.from].label}” to “${STATUS_WORDS[result.to].label}”.`] });
    case 'nothing':
      return refused({ note: ['Write a note, or choose a new status.'] });
    case 'confirm': {
      const status = parsed.data.status ?? '';
      const statusLabel = parsed.data.status ? STATUS_WORDS[parsed.data.status].label : '';
      return { values, fieldErrors: {}, message: null, confirm: { status, statusLabel, to: result.mail.to, subject: result.mail.subject, text: result.mail.text, digest: result.digest }, version };
    }
    case 'done':
      break;
  }
  revalidatePath('/staff/referrals');
  const done = !result.change.changed ? 'note' : result.mailed ? 'status' : 'status-unmailed';
  redirect(`/staff/referrals/${id}?done=${done}`);
}
