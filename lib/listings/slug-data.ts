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
  const stem = base.slice(0, 75);
  // Every address already taken in this name's series, in one query: asking
  // one by one made the hundredth "Grief Circle" a hundred queries long.
  const rows = await tx.group.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${stem}-` } }] }, select: { slug: true } });
  const used = new Set(rows.map((r) => r.slug));
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${stem}-${n}`;
    if (!RESERVED_GROUP_SLUGS.has(slug) && !used.has(slug)) return slug;
  }
  return null;
}
