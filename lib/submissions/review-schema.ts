import { z } from 'zod';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';

/** The submitter reads this reason in their email, so it must say something. */
export const declineReasonSchema = z
  .string({ error: 'Give the reason for declining; the submitter will read it.' })
  .trim()
  .min(5, 'Give the reason for declining (at least 5 characters); the submitter will read it.')
  .max(2000, 'Keep the reason to 2,000 characters or fewer.')
  .refine(readable({ multiline: true }), UNREADABLE_TEXT);

/** The decline form: the reason is its one field, so its messages are filed under "reason". */
export const declineSchema = z.object({ reason: declineReasonSchema });

/** A change's key as the decide form posts it ("name", "meetings.<id>.town", "meetings.new-0"). */
const changeKey = z.string().max(80).regex(/^[A-Za-z0-9.-]+$/);

/** The decide form: accept every change, or only the ticked ones (the rest then need a reason). */
export const decisionSchema = z.object({
  decision: z.enum(['all', 'ticked']).catch('all'),
  accept: z.array(changeKey).max(200).catch([]),
  reason: z.string().max(4000).catch(''),
});
export type DecisionValues = { accept: string[]; reason: string };
