// Small import files of our own: an HSDS service in the specification's
// shape, a listings CSV, and a file form post carrying them. The official
// examples are read from ../shared at test time, never copied here.
import fs from 'node:fs';
import path from 'node:path';

/** Beside the repository (../shared) on the project's machines and in CI; absent in a plain clone. */
export const HSDS_EXAMPLES = path.resolve(import.meta.dirname, '../../../../shared/hsds-3.0/examples');
export const HAVE_EXAMPLES = fs.existsSync(HSDS_EXAMPLES);

type ServiceOptions = { id: string; name?: unknown; description?: string; town?: string; address?: string; byday?: string; freq?: string; opens_at?: string; terms?: { code: string; name: string }[] };

/** One HSDS 3.0 service meeting weekly in an Ontario town. */
export function hsdsService(o: ServiceOptions) {
  return {
    id: o.id,
    name: o.name ?? 'Riverside Grief Circle',
    description: o.description ?? 'A peer support circle for people who have lost someone close. Members listen and share.',
    status: 'active',
    url: 'https://riverside.example.org',
    phones: [{ id: `${o.id}-phone`, number: '613-555-0142' }],
    languages: [{ id: `${o.id}-lang`, name: 'English', code: 'en' }],
    attributes: (o.terms ?? [{ code: 'bereavement', name: 'Bereavement' }]).map((t, i) => ({ id: `${o.id}-attr-${i}`, taxonomy_term: { id: `${o.id}-term-${i}`, ...t } })),
    service_at_locations: [
      {
        id: `${o.id}-sal`,
        location: {
          id: `${o.id}-loc`,
          location_type: 'physical',
          name: 'St. Paul’s Hall',
          addresses: [{ id: `${o.id}-addr`, address_1: o.address ?? '137 Queen Street', city: o.town ?? 'Kingston', state_province: 'ON', postal_code: '', country: 'CA', address_type: 'physical' }],
          schedules: [],
        },
        schedules: [{ id: `${o.id}-sched`, freq: o.freq ?? 'WEEKLY', interval: 1, byday: o.byday ?? 'TU', opens_at: o.opens_at ?? '19:00', closes_at: '20:30', timezone: 'America/Toronto', dtstart: '2026-01-06' }],
      },
    ],
  };
}

export const jsonBytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc));

export const CSV_HEADER = 'id,name,summary,description,topics,days,start_time,end_time,town,address';
export const csvBytes = (...lines: string[]) => new TextEncoder().encode([CSV_HEADER, ...lines].join('\n') + '\n');

/** The post the upload form sends. */
export function uploadForm(name: string, bytes: Uint8Array, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}
