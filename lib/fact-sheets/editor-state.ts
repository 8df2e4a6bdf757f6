export type FactSheetEditorValues = { title: string; summary: string; body: string };
export type FactSheetEditorState = {
  values: FactSheetEditorValues;
  fieldErrors: Partial<Record<'title' | 'summary' | 'body', string[]>>;
  message: string | null;
  /** Sanitised HTML, set when "Preview" was pressed. */
  previewHtml: string | null;
};
