// Element ids inside the self-check tools. One place, so the renderer can keep
// sheet headings from ever taking one of them (ids must be unique on a page).
import type { Checklist } from './checklists.ts';
import { OWN_GUIDELINES_MAX } from './agreement.ts';

type ToolId = Checklist['id'];

export const toolElementId = {
  title: (tool: ToolId) => `${tool}-title`,
  form: (tool: ToolId) => `${tool}-form`,
  section: (tool: ToolId, index: number) => `${tool}-section-${index}`,
  item: (tool: ToolId, item: string) => `${tool}-${item}`,
  hint: (tool: ToolId, item: string) => `${tool}-${item}-hint`,
  notes: (tool: ToolId, item: string) => `${tool}-${item}-notes`,
  own: (tool: ToolId, index: number) => `${tool}-own-${index}`,
  newGuideline: (tool: ToolId) => `${tool}-new`,
  newGuidelineHint: (tool: ToolId) => `${tool}-new-hint`,
  preview: (tool: ToolId) => `${tool}-preview`,
  previewTitle: (tool: ToolId) => `${tool}-preview-title`,
};

/** Every id a tool may put on the page, its own id included. */
export function allToolElementIds(checklist: Checklist): string[] {
  const t = checklist.id;
  const items = checklist.sections.flatMap((s) => s.items);
  return [
    t,
    toolElementId.title(t),
    toolElementId.form(t),
    toolElementId.newGuideline(t),
    toolElementId.newGuidelineHint(t),
    toolElementId.preview(t),
    toolElementId.previewTitle(t),
    ...checklist.sections.map((_, i) => toolElementId.section(t, i)),
    ...items.flatMap((i) => [toolElementId.item(t, i.id), toolElementId.hint(t, i.id), toolElementId.notes(t, i.id)]),
    ...Array.from({ length: OWN_GUIDELINES_MAX }, (_, i) => toolElementId.own(t, i)),
  ];
}
