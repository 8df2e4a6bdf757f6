import 'server-only';
import type { Prisma } from '../generated/prisma/client.ts';

/** Lower-case ASCII words joined by hyphens, at most 80 characters. */
export function slugifyName(text: string): string {
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

/**
 * The address for a new listing: the one staff typed (null when taken), or
 * one made from the name with "-2", "-3"… added until it is free.
 */
export async function slugForNewGroup(tx: Prisma.TransactionClient, typed: string, name: string): Promise<string | null> {
  const taken = async (slug: string) => (await tx.group.count({ where: { slug } })) > 0;
  if (typed) return (await taken(typed)) ? null : typed;
  const base = slugifyName(name) || 'group';
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await taken(slug))) return slug;
  }
  return null;
}
