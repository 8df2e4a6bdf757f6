import { describe, expect, it } from 'vitest';
import { parseGroupForm, type GroupFormValues } from './schema.ts';
import { blankMeetingValues } from './meeting-schema.ts';

function values(overrides: Partial<GroupFormValues> = {}): GroupFormValues {
  return {
    name: 'Kingston Grief Circle', slug: '', summary: 'People who lost someone meet weekly.', description: 'Member-led.',
    whoMayAttend: 'BOTH', leadership: '1', languages: 'en, fr', costKind: 'FREE', costDescription: '', accessibilityFeatures: [],
    accessibilityNotes: '', phone: '', email: '', website: '', privateContactName: '', privateContactPhone: '', privateContactEmail: '',
    organizationId: '', topicIds: [], meetings: [blankMeetingValues('2026-01-05'), blankMeetingValues('2026-01-05')], ...overrides,
  };
}

describe('the listing editor form', () => {
  it('leaves untouched spare meeting rows and removed meetings out', () => {
    const removed = { ...blankMeetingValues('2026-01-05'), id: 'cmeeting000000001', remove: true, weekdays: ['2'], startTime: '19:00', town: 'Kingston' };
    const result = parseGroupForm(values({ meetings: [removed, blankMeetingValues('2026-01-05')] }));
    expect(result.success && result.data.meetings).toEqual([]);
  });

  it('places an in-person meeting from its postal code, else its town, and keeps typed coordinates when asked', () => {
    const byPostal = { ...blankMeetingValues('2026-01-05'), weekdays: ['2'], startTime: '19:00', town: 'Toronto', postalCode: 'K7L 3N6' };
    const typed = { ...byPostal, locationSource: 'coordinates', latitude: '45.1', longitude: '-75.2' };
    const result = parseGroupForm(values({ meetings: [byPostal, typed] }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.meetings[0]?.latitude).toBeCloseTo(44.23, 1);
    expect(result.data.meetings[1]).toMatchObject({ latitude: 45.1, longitude: -75.2 });
  });

  it('names each field to fix in a meeting row by its position', () => {
    const monthly = { ...blankMeetingValues('2026-13-45'), recurrence: 'MONTHLY_NTH', weekdays: ['2', '4'], startTime: '19:00', endTime: '18:00', town: 'Kingston' };
    const result = parseGroupForm(values({ languages: 'English!', meetings: [blankMeetingValues('2026-01-05'), monthly] }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['languages', 'meetings.1.endTime', 'meetings.1.monthWeek', 'meetings.1.startsOn', 'meetings.1.weekdays']);
  });

  it('clears times and weekdays that a by-arrangement meeting does not use', () => {
    const row = { ...blankMeetingValues('2026-01-05'), recurrence: 'BY_ARRANGEMENT', attendance: 'PHONE', dialInOnRequest: true, startTime: '10:00', notes: 'Call first.' };
    const result = parseGroupForm(values({ meetings: [row] }));
    expect(result.success && result.data.meetings[0]).toMatchObject({ startTime: null, endTime: null, monthWeek: null, latitude: null });
  });
});
