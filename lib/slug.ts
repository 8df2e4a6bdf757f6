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
