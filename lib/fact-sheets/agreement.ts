// The comfort agreement a group builds from the `comfort-agreement` tool:
// ticked guidelines in the tool's order, then the group's own words. Pure and
// small, so the server (no JavaScript) and the browser build the same list.
import type { Checklist } from './checklists.ts';

export const OWN_GUIDELINE_MAX_LENGTH = 200;
export const OWN_GUIDELINES_MAX = 10;

/** One line of the group's own wording: single spaces, capped length. */
export function cleanGuideline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, OWN_GUIDELINE_MAX_LENGTH);
}

/** Adds `text` unless it is empty, already there (any case) or over the cap. */
export function addOwnGuideline(own: string[], text: string): string[] {
  const clean = cleanGuideline(text);
  if (clean === '' || own.length >= OWN_GUIDELINES_MAX) return own;
  if (own.some((o) => o.toLowerCase() === clean.toLowerCase())) return own;
  return [...own, clean];
}

/** The agreement's lines, in the order the group would read them aloud. */
export function agreementLines(checklist: Checklist, picked: readonly string[], own: readonly string[]): string[] {
  const chosen = new Set(picked);
  const fromList = checklist.sections.flatMap((s) => s.items.filter((i) => chosen.has(i.id)).map((i) => i.text));
  return [...fromList, ...own];
}
