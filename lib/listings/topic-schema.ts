// A topic as staff edit it. Keywords are everyday words and synonyms that
// should find the topic's groups; a database trigger re-indexes the groups.
import { z } from 'zod';
import type { FormState } from '../forms/form-state.ts';
import { splitList, text } from '../forms/form-values.ts';
import { SLUG_PATTERN } from './schema.ts';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';

export type TopicFormValues = { slug: string; name: string; description: string; keywords: string };
export type TopicFormState = FormState<TopicFormValues>;

export function readTopicValues(form: FormData): TopicFormValues {
  return { slug: text(form, 'slug', 200), name: text(form, 'name', 200), description: text(form, 'description', 2000), keywords: text(form, 'keywords', 4000) };
}

export const topicSchema = z.object({
  slug: z.string().trim().min(2, 'Enter the topic’s web address, e.g. chronic-pain.').max(60, 'Keep the address to 60 characters or fewer.').regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens (kebab-case), e.g. chronic-pain.'),
  name: z.string().trim().min(2, 'Enter the topic’s name.').max(80, 'Keep the name to 80 characters or fewer.').refine(readable(), UNREADABLE_TEXT),
  description: z.string().trim().min(10, 'Describe the topic in a sentence (at least 10 characters).').max(500, 'Keep the description to 500 characters or fewer.').refine(readable({ multiline: true }), UNREADABLE_TEXT),
  keywords: z
    .string()
    .refine(readable({ multiline: true }), UNREADABLE_TEXT)
    .transform((s) => splitList(s.toLowerCase()))
    .refine((k) => k.length <= 60, 'Keep to 60 keywords or fewer.')
    .refine((k) => k.every((w) => w.length <= 60), 'Keep each keyword to 60 characters or fewer.'),
});
export type TopicInput = z.output<typeof topicSchema>;
