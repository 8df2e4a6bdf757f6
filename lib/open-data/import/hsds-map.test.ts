import { describe, expect, it } from 'vitest';
import { ownOrganizationId } from '../ids.ts';
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

  it('reads back the words this directory exports: summary and description, who may attend, a donation, features, a hybrid and a phone meeting', () => {
    const schedule = { freq: 'WEEKLY', interval: 1, byday: 'TU', opens_at: '19:00', dtstart: '2026-01-06', description: 'Every Tuesday, 7 pm (America/Toronto time)' };
    const rec = recordFromHsdsService(
      {
        id: 'ac148810-d857-441c-9679-408f346de14b',
        name: 'Circle',
        description: 'A circle for carers.\n\nWe meet to talk.\n\nEveryone is welcome.',
        eligibility_description: 'Family members and friends of people living with the concern.',
        cost_options: [{ option: 'Voluntary donation' }],
        service_at_locations: [
          {
            location: { location_type: 'physical', url: 'https://meet.example.org/c', name: 'Hall', addresses: [{ address_1: '1 Main Street', city: 'Kingston' }], accessibility: [{ description: 'Wheelchair accessible' }, { details: 'Ramp at the side.' }] },
            schedules: [{ ...schedule, attending_type: 'in person or online', notes: '' }],
          },
          { location: { location_type: 'virtual', name: 'By phone' }, phones: [{ number: '1-888-555-0123' }], schedules: [{ ...schedule, attending_type: 'by phone', notes: 'Call a minute early.' }] },
        ],
      },
      'service 1',
      '2026-12-06',
    );
    expect(rec.problems).toEqual([]);
    expect(rec.fields).toMatchObject({
      summary: 'A circle for carers.',
      description: 'We meet to talk.\n\nEveryone is welcome.',
      whoMayAttend: 'FAMILY_AND_FRIENDS',
      costKind: 'DONATION',
      accessibilityFeatures: ['wheelchair'],
      accessibilityNotes: 'Ramp at the side.',
    });
    expect(rec.meetings?.map((m) => [m.attendance, m.onlineUrl, m.dialIn, m.notes])).toEqual([
      ['HYBRID', 'https://meet.example.org/c', '', ''],
      ['PHONE', '', '1-888-555-0123', 'Call a minute early.'],
    ]);
  });

  it('adds no organization for a group published as its own organization', () => {
    const id = 'ac148810-d857-441c-9679-408f346de14b';
    expect(recordFromHsdsService({ id, name: 'Circle', organization: { id: ownOrganizationId(id), name: 'Circle' } }, 's', '2026-12-06').organization).toBeNull();
    expect(recordFromHsdsService({ id, name: 'Circle', organization: { id: 'other', name: 'Family Services' } }, 's', '2026-12-06').organization?.name).toBe('Family Services');
    expect(recordFromHsdsService({ id: 'svc-1', name: 'Circle', organization: { id: 'org-1', name: 'Family Services' } }, 's', '2026-12-06').organization?.name).toBe('Family Services');
  });
});
