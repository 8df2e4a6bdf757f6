// A search as a visitor makes it, with the A–Z walks forced on, off or
// left to decide (searchTuning.walk), and the statements it sent.
import { searchGroups, searchStatements, searchTuning, type SearchPage } from '../../lib/search/data.ts';
import { parseSearchParams } from '../../lib/search/schema.ts';
import { lookupPlace } from '../../lib/geo/gazetteer.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { db } from './db.ts';

/** More groups than a first page's walk reads (20 × 32), all named to come first A–Z. */
export const BULK = 700;

/** The seeded directory, and BULK published groups named "Aardvark Circle 0001"… ("aa-1"…). */
export async function seedWithFirstNamed(): Promise<void> {
  await seedDatabase(db, newStaffCredentials());
  await db.$executeRawUnsafe(`
    INSERT INTO "Group" (id, slug, name, summary, description, status, "updatedAt")
    SELECT 'aa-' || i, 'aa-' || i, 'Aardvark Circle ' || lpad(i::text, 4, '0'), 'Peer support.', 'Members share.', 'PUBLISHED', now()
    FROM generate_series(1, ${BULK}) AS i`);
}

export async function searchWalking(params: Record<string, string>, walk: boolean | null, now: Date): Promise<{ page: SearchPage; statements: string[] }> {
  searchTuning.walk = walk;
  const statements: string[] = [];
  searchStatements.listener = (s) => statements.push(s.text);
  try {
    const { filters } = parseSearchParams(params);
    const place = filters.where ? lookupPlace(filters.where) : null;
    const origin = place ? { lat: place.lat, lng: place.lng, radiusKm: filters.radiusKm, label: place.label } : null;
    return { page: await searchGroups(filters, origin, now), statements };
  } finally {
    searchStatements.listener = null;
  }
}
