// URL parameters of the browsing pages (topics, A–Z, calendar files). Anything
// unusable falls back to a default instead of failing the page.
import { z } from 'zod';

export const BROWSE_PAGE_SIZE = 20;

/** "#" collects names that start with a digit. */
export const BROWSE_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;
export type BrowseLetter = (typeof BROWSE_LETTERS)[number];

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `?page=` — a positive whole number; anything else is page 1. */
export const pageParamSchema = z.preprocess(
  firstValue,
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .catch(1),
);

/** `?letter=` — A–Z (either case) or "#"; null when missing or unusable, so the page picks its default. */
export const letterParamSchema = z.preprocess(
  firstValue,
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(BROWSE_LETTERS))
    .nullable()
    .catch(null),
);

/** A meeting's `position` in a URL: a non-negative whole number. */
export const meetingPositionSchema = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.number().int().nonnegative());

export function parsePage(value: unknown): number {
  return pageParamSchema.parse(value);
}

export function parseLetter(value: unknown): BrowseLetter | null {
  return letterParamSchema.parse(value);
}
