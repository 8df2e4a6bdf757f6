import { describe, expect, it } from 'vitest';
import { recordFromHsdsService, summaryFrom } from './hsds-map.ts';

describe('an HSDS service as a listing record', () => {
  it('keeps the id, takes the summary from the first sentence, and reads three-letter language codes', () => {
    const rec = recordFromHsdsService({ id: 'svc-1', name: 'Circle', status: 'active', description: 'We meet to talk. Everyone is welcome.', languages: [{ code: 'eng' }, { code: 'fra' }, { code: '??', name: 'Klingon' }] }, 'service 1', '2026-12-06');
    expect(rec.externalId).toBe('svc-1');
    expect(rec.fields).toMatchObject({ summary: 'We meet to talk.', languages: 'en, fr' });
    expect(rec.notes).toContain('language “??” is not a language code such as en or fr: left out');
    expect(rec.meetings).toEqual([]);
  });

  it('reports wrong types with their path, and a missing name', () => {
    expect(recordFromHsdsService({ id: 'svc-2', name: 7, status: 'active' }, 's', '2026-12-06').problems.join(' ')).toMatch(/^name: .*string/);
    expect(recordFromHsdsService({ id: 'svc-3', status: 'active', phones: [{ number: 5 }] }, 's', '2026-12-06').problems.join(' ')).toMatch(/phones\.0\.number: /);
    expect(recordFromHsdsService({ id: 'svc-4', name: ' ', status: 'active' }, 's', '2026-12-06').problems).toEqual(['missing name']);
  });

  it('makes a short description into a summary that still says what the group is', () => {
    expect(summaryFrom('Talk.', 'Widows Circle')).toBe('Widows Circle: Talk.');
  });
});
