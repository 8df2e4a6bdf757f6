import { describe, expect, it } from 'vitest';
import { fieldMessages } from './field-check.ts';
import { parseGroupForm } from './schema.ts';
import { blankMeetingValues } from './meeting-rules.ts';
import { emptyGroupValues } from './editable.ts';
import type { GroupFormValues } from './group-rules.ts';

const good = (): GroupFormValues => ({
  ...emptyGroupValues(),
  name: 'Kingston Grief Circle',
  summary: 'People who lost someone meet to talk.',
  description: 'A member-led circle.',
  meetings: [{ ...blankMeetingValues('2026-01-05'), weekdays: ['2'], startTime: '19:00', endTime: '20:30', attendance: 'ONLINE', onlineUrl: 'https://meet.example.org/a' }],
});

describe('the editor’s inline messages', () => {
  it('are the very messages the save gives, field by field', () => {
    const v = good();
    v.name = 'K';
    v.languages = '';
    v.email = 'not an address';
    v.meetings[0] = { ...v.meetings[0]!, startTime: '19:00', endTime: '18:00', onlineUrl: 'meet.example.org' };
    const server = parseGroupForm(v);
    expect(server.success).toBe(false);
    if (server.success) return;
    for (const key of ['name', 'languages', 'email', 'meetings.0.endTime', 'meetings.0.onlineUrl']) {
      expect(fieldMessages(v, key), key).toEqual(server.fieldErrors[key]);
    }
  });

  it('say nothing about a field that is fine, a spare meeting left empty or a meeting marked for removal', () => {
    const v = good();
    v.meetings.push(blankMeetingValues('2026-01-05'), { ...blankMeetingValues('2026-01-05'), town: 'Nowhere', startTime: 'soon', remove: true });
    expect(fieldMessages(v, 'name')).toBeNull();
    expect(fieldMessages(v, 'meetings.0.startTime')).toBeNull();
    expect(fieldMessages(v, 'meetings.1.startTime')).toBeNull();
    expect(fieldMessages(v, 'meetings.2.startTime')).toBeNull();
  });

  it('refuse a time zone the browser does not know, with the save’s words', () => {
    const v = good();
    v.meetings[0] = { ...v.meetings[0]!, timeZone: 'Mars/Olympus' };
    const server = parseGroupForm(v);
    expect(server.success ? null : server.fieldErrors['meetings.0.timeZone']).toEqual(fieldMessages(v, 'meetings.0.timeZone'));
  });
});
