import { describe, expect, it } from 'vitest';
import { isUuid, organizationId, rowUuid, serviceAtLocationId, serviceId, taxonomyTermId, uuidV5 } from './ids.ts';

describe('open-data identifiers', () => {
  it('computes the RFC 9562 UUIDv5 example (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives a listing the same id every time, and different kinds of row different ids', () => {
    expect(serviceId('cm0abc123')).toBe(serviceId('cm0abc123'));
    expect(isUuid(serviceId('cm0abc123'))).toBe(true);
    expect(rowUuid('service', 'x')).not.toBe(rowUuid('taxonomy_term', 'x'));
  });

  it('keeps an id that is already a UUID, so an imported listing exports under its own id', () => {
    expect(serviceId('AC148810-D857-441C-9679-408F346DE14B')).toBe('ac148810-d857-441c-9679-408f346de14b');
  });

  it('publishes an imported listing under the UUID it was imported with, and other imported ids not at all', () => {
    expect(serviceId('cm0abc123', 'AC148810-D857-441C-9679-408F346DE14B')).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(serviceId('cm0abc123', 'row-17')).toBe(serviceId('cm0abc123'));
  });

  it('gives topics, organizations and meetings ids that any database with the same data derives alike', () => {
    expect(taxonomyTermId('grief')).toBe(uuidV5('5d0e3a52-7c1f-4f7e-9b9a-3f2a8c6e1d40', 'taxonomy_term/grief'));
    expect(organizationId('Café  l’Amitié')).toBe(organizationId('cafe lamitie'));
    const service = serviceId('cm0abc123');
    expect(serviceAtLocationId(service, 0)).not.toBe(serviceAtLocationId(service, 1));
    expect(serviceAtLocationId(service, 1)).toBe(serviceAtLocationId(service, 1));
  });
});
