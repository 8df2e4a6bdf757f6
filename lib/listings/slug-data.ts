import 'server-only';
import type { Prisma } from '../generated/prisma/client.ts';
import { RESERVED_GROUP_SLUGS, slugify } from '../slug.ts';

/**
 * The address for a new listing: the one staff typed (null when taken), or
 * one made from the name with "-2", "-3"… added until it is free.
 */
export async function slugForNewGroup(tx: Prisma.TransactionClient, typed: string, name: string): Promise<string | null> {
  const taken = async (slug: string) => RESERVED_GROUP_SLUGS.has(slug) || (await tx.group.count({ where: { slug } })) > 0;
  if (typed) return (await taken(typed)) ? null : typed;
  const base = slugify(name) || 'group';
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await taken(slug))) return slug;
  }
  return null;
}
