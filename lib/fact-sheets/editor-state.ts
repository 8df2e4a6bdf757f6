import type { FormState } from '../forms/form-state.ts';

export type FactSheetEditorValues = { title: string; summary: string; body: string };
export type FactSheetEditorState = FormState<
  FactSheetEditorValues,
  {
    /** Sanitised HTML, set when "Preview" was pressed. */
    previewHtml: string | null;
  }
>;
