'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { saveFactSheetAsStaff } from '@/lib/fact-sheets/staff-data';
import { env } from '@/lib/env';
import { fieldErrorsFrom } from '@/lib/forms/field-errors';
import { formValues } from '@/lib/forms/form-values';
import type { FactSheetEditorState } from '@/lib/fact-sheets/editor-state';
import { renderFactSheetPreview } from '@/lib/fact-sheets/staff-preview';
import { factSheetContentSchema } from '@/lib/fact-sheets/schema';
import { changeContext } from '@/lib/staff/context';
import { readSheetSlug } from './shared';

/** "Save" makes a revision; "Preview" (intent=preview) only renders, so it works without JavaScript. */
export async function saveFactSheetAction(_prev: FactSheetEditorState, form: FormData): Promise<FactSheetEditorState> {
  const session = await authorizeAction('fact-sheet.save');
  const slug = readSheetSlug(form);
  const values = formValues(form, ['title', 'summary', 'body']);
  const parsed = factSheetContentSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error), message: 'Correct the fields marked below.', previewHtml: null };
  if (form.get('intent') === 'preview') return { values, fieldErrors: {}, message: null, previewHtml: renderFactSheetPreview(parsed.data.body, env().SITE_URL) };
  if (!slug) return { values, fieldErrors: {}, message: 'This sheet no longer exists.', previewHtml: null };
  const result = await saveFactSheetAsStaff(slug, parsed.data, await changeContext(session));
  if (result.status === 'invalid') return { values, fieldErrors: result.fieldErrors, message: 'Correct the fields marked below.', previewHtml: null };
  if (result.status === 'not-found') return { values, fieldErrors: {}, message: 'This sheet no longer exists.', previewHtml: null };
  revalidatePath(`/fact-sheets/${slug}`);
  revalidatePath('/staff/fact-sheets');
  redirect(`/staff/fact-sheets/${slug}?done=saved`);
}
