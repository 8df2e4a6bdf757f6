// The HSDS API's query parameters (openapi.json's components.parameters),
// parsed once with zod, and its paginated envelope (components.schemas.Page).
import { z } from 'zod';
import { readable } from '../forms/readable-text.ts';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
// Text that reaches the database: PostgreSQL refuses a NUL byte (%00), so control characters are a bad request, not a 500.
const text = (max: number) => z.string().trim().max(max).refine(readable(), 'must be readable text, without control characters');
const uuidText = z.string().trim().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID').transform((v) => v.toLowerCase());

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  search: text(200).optional(),
  taxonomy_term_id: uuidText.optional(),
  taxonomy_id: uuidText.optional(),
  organization_id: uuidText.optional(),
  modified_after: z.iso.datetime({ offset: true }).or(z.iso.date()).transform((v) => new Date(v)).optional(),
  full: bool.optional(),
  full_service: bool.optional(),
  postcode: text(20).optional(),
  /** Metres from the postcode's centre. */
  proximity: z.coerce.number().positive().max(500_000).optional(),
  top_only: bool.optional(),
  parent_id: uuidText.optional(),
  format: z.literal('json').optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export class BadRequest extends Error {}

/** The query of a request, or BadRequest naming the first bad parameter. */
export function parseListQuery(url: URL): ListQuery {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (v !== '') raw[k] = v;
  const parsed = listQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadRequest(`${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export const skipTake = (q: Pick<ListQuery, 'page' | 'per_page'>) => ({ skip: (q.page - 1) * q.per_page, take: q.per_page });

/** The specification's page: totals, position and this page's contents. */
export function pageEnvelope<T>(contents: T[], total: number, q: Pick<ListQuery, 'page' | 'per_page'>) {
  const totalPages = Math.ceil(total / q.per_page);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: q.page,
    size: contents.length,
    first_page: q.page === 1,
    last_page: q.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** A page cut from a list already in memory (topics: a few dozen). */
export function pageOf<T>(all: T[], q: Pick<ListQuery, 'page' | 'per_page'>) {
  const { skip, take } = skipTake(q);
  return pageEnvelope(all.slice(skip, skip + take), all.length, q);
}
