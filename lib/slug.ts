/** Lower-case ASCII words joined by hyphens, at most 80 characters: listing addresses. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Addresses under /groups/ that pages already use, so no listing may take them. */
export const RESERVED_GROUP_SLUGS = new Set(['browse']);

/** Lower-case ASCII words joined by single hyphens: the shape of every slug the site makes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether text from an address could be a slug at all. Lookups by slug ask
 * this first and answer "none" otherwise: PostgreSQL refuses some text
 * outright (a NUL byte, %00 in a link), which would be a server error.
 */
export function couldBeSlug(text: string): boolean {
  return text.length <= 100 && SLUG_PATTERN.test(text);
}
