'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/auth/guards';
import { saveFactSheetAsStaff } from '@/lib/data/staff-fact-sheets';
import { env } from '@/lib/env';
import type { FactSheetEditorState } from '@/lib/fact-sheets/editor-state';
import { renderFactSheetPreview } from '@/lib/fact-sheets/staff-preview';
import { factSheetContentSchema } from '@/lib/validation/fact-sheet';
import { changeContext } from '@/lib/data/staff-context';
import { readSheetSlug } from './shared';

/** "Save" makes a revision; "Preview" (intent=preview) only renders, so it works without JavaScript. */
export async function saveFactSheetAction(_prev: FactSheetEditorState, form: FormData): Promise<FactSheetEditorState> {
  const session = await authorizeAction('fact-sheet.save');
  const slug = readSheetSlug(form);
  const str = (n: string) => { const v = form.get(n); return typeof v === 'string' ? v : ''; };
  const values = { title: str('title'), summary: str('summary'), body: str('body') };
  const parsed = factSheetContentSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FactSheetEditorState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const k = issue.path[0];
      if (k === 'title' || k === 'summary' || k === 'body') (fieldErrors[k] ??= []).push(issue.message);
    }
    return { values, fieldErrors, message: 'Correct the fields marked below.', previewHtml: null };
  }
  if (form.get('intent') === 'preview') return { values, fieldErrors: {}, message: null, previewHtml: renderFactSheetPreview(parsed.data.body, env().SITE_URL) };
  if (!slug) return { values, fieldErrors: {}, message: 'This sheet no longer exists.', previewHtml: null };
  const result = await saveFactSheetAsStaff(slug, parsed.data, await changeContext(session));
  if (result.status === 'invalid') return { values, fieldErrors: result.fieldErrors, message: 'Correct the fields marked below.', previewHtml: null };
  if (result.status === 'not-found') return { values, fieldErrors: {}, message: 'This sheet no longer exists.', previewHtml: null };
  revalidatePath(`/fact-sheets/${slug}`);
  revalidatePath('/staff/fact-sheets');
  redirect(`/staff/fact-sheets/${slug}?done=saved`);
}
