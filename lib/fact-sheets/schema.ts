// What staff may change on a fact sheet, and the comfort-agreement builder's
// URL (`?pick=…&add=…`), which a visitor without JavaScript submits by GET.
import { z } from 'zod';
import { checklists } from './checklists.ts';
import { addOwnGuideline } from './agreement.ts';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';

export const FACT_SHEET_LIMITS = { titleMin: 3, titleMax: 120, summaryMax: 300, bodyMax: 100_000 } as const;

export const factSheetContentSchema = z.object({
  title: z
    .string({ error: 'Give the sheet a title.' })
    .trim()
    .min(FACT_SHEET_LIMITS.titleMin, `The title needs at least ${FACT_SHEET_LIMITS.titleMin} characters.`)
    .max(FACT_SHEET_LIMITS.titleMax, `Keep the title to ${FACT_SHEET_LIMITS.titleMax} characters or fewer.`)
    .refine(readable(), UNREADABLE_TEXT),
  summary: z
    .string({ error: 'Give the sheet a summary (it may be empty).' })
    .trim()
    .max(FACT_SHEET_LIMITS.summaryMax, `Keep the summary to ${FACT_SHEET_LIMITS.summaryMax} characters or fewer.`)
    .refine(readable({ multiline: true }), UNREADABLE_TEXT),
  body: z
    .string({ error: 'Write the text of the sheet.' })
    .refine((s) => s.trim() !== '', 'Write the text of the sheet.')
    .refine((s) => s.length <= FACT_SHEET_LIMITS.bodyMax, `The text is too long: keep it under ${FACT_SHEET_LIMITS.bodyMax.toLocaleString('en-CA')} characters.`)
    .refine(readable({ multiline: true }), UNREADABLE_TEXT),
});
export type FactSheetContent = z.infer<typeof factSheetContentSchema>;
export type FactSheetContentInput = z.input<typeof factSheetContentSchema>;

const COMFORT_ITEM_IDS: ReadonlySet<string> = new Set(
  checklists['comfort-agreement'].sections.flatMap((s) => s.items.map((i) => i.id)),
);

// One value or many; a hand-edited URL with thousands is cut short first.
const listParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).slice(0, 50))
  .catch([]);

export const comfortAgreementParamsSchema = z.object({
  /** Ticked guidelines: known ids only, each once. */
  pick: listParam.transform((ids) => [...new Set(ids.filter((id) => COMFORT_ITEM_IDS.has(id)))]),
  /** The group's own guidelines: cleaned, deduplicated, capped in length and count. */
  add: listParam.transform((texts) => texts.reduce<string[]>(addOwnGuideline, [])),
});
export type ComfortAgreementParams = z.infer<typeof comfortAgreementParamsSchema>;

/** Never throws: unusable params give an empty agreement. */
export function parseComfortAgreementParams(params: Record<string, string | string[] | undefined>): ComfortAgreementParams {
  const result = comfortAgreementParamsSchema.safeParse({ pick: params.pick, add: params.add });
  return result.success ? result.data : { pick: [], add: [] };
}
