import { z } from 'zod';
import { pageParamSchema } from '../listings/browse-schema.ts';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
export const submissionFiltersSchema = z.object({
  status: z.preprocess(first, z.enum(['PENDING', 'APPROVED', 'DECLINED']).catch('PENDING')).catch('PENDING'),
  kind: z.preprocess(first, z.enum(['NEW_GROUP', 'UPDATE', 'PROBLEM_REPORT']).nullable().catch(null)).catch(null),
  page: pageParamSchema,
});
export type SubmissionFilters = z.output<typeof submissionFiltersSchema>;
export const parseSubmissionFilters = (p: Record<string, string | string[] | undefined>) => submissionFiltersSchema.parse({ ...p });
