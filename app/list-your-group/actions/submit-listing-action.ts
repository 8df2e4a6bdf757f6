'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientLimitKey } from '@/lib/abuse';
import type { SubmissionFormState } from '@/lib/submissions/form-state';
import { submitListing } from '@/lib/submissions/submit';

export async function submitListingAction(_prev: SubmissionFormState, form: FormData): Promise<SubmissionFormState> {
  const { outcome, values } = await submitListing(form, { ip: clientLimitKey(await headers()) });
  if (outcome.kind === 'invalid') return { values, fieldErrors: outcome.fieldErrors, message: 'Your form was not sent yet. Please correct the fields marked below.' };
  if (outcome.kind === 'more-rows') return { values, fieldErrors: {}, message: null };
  if (outcome.kind === 'refused') return { values, fieldErrors: {}, message: outcome.message };
  redirect(`/list-your-group/thanks?kind=${values.kind === 'PROBLEM_REPORT' ? 'problem' : values.kind === 'UPDATE' ? 'correction' : 'new'}`);
}
