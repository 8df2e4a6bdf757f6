import { describe, expect, it } from 'vitest';
import { isUuid, rowUuid, serviceId, uuidV5 } from './ids.ts';

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
});
