// The staff editor's preview: the sheet rendered and sanitised exactly as
// the public page renders it, as one HTML string. Self-check tools (client
// components on the public page) appear as a labelled placeholder.
import 'server-only';
import { getChecklist } from './checklists.ts';
import { renderFactSheet } from './render.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderFactSheetPreview(markdown: string, siteUrl: string): string {
  const { parts } = renderFactSheet(markdown, { siteUrl });
  return parts
    .map((p) => (p.kind === 'html' ? p.html : `<p class="preview-tool"><strong>Self-check tool here:</strong> ${escape(getChecklist(p.toolId)?.title ?? p.toolId)}</p>`))
    .join('\n');
}
