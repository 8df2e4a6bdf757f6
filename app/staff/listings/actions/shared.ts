// Helpers the listing actions share (not an action file: no 'use server').
import 'server-only';
import { listOrganizationOptions, listTopicOptions } from '@/lib/listings/staff-list-data';
import type { Lookups } from '@/lib/listings/compare';

/** Names for ids, so a comparison reads "Bereavement" rather than an id. */
export async function comparisonLookups(): Promise<Lookups> {
  const [topics, organizations] = await Promise.all([listTopicOptions(), listOrganizationOptions()]);
  return { topics: new Map(topics.map((t) => [t.id, t.name])), organizations: new Map(organizations.map((o) => [o.id, o.name])) };
}

/** A listing id from a form: cuid-like, never longer than 40 characters. */
export function readGroupId(form: FormData): string | null {
  const v = form.get('id');
  return typeof v === 'string' && /^[a-z0-9]{10,40}$/.test(v) ? v : null;
}
