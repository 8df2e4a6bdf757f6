import { describe, expect, it } from 'vitest';
import { mapUrl, meetingLocation } from './meeting-place.ts';

const room = {
  attendance: 'IN_PERSON' as const, venueName: 'Public Library', addressLine1: '12 King St', addressLine2: null, town: 'Kingston', region: 'ON', postalCode: 'K7L 1A1',
  latitude: 44.23, longitude: -76.48,
};

describe('where a meeting is, for calendars and maps', () => {
  it('gives the whole address of a room on one line', () => {
    expect(meetingLocation(room)).toBe('Public Library, 12 King St, Kingston, ON K7L 1A1');
  });

  it('says online or by phone when there is no room', () => {
    expect(meetingLocation({ ...room, attendance: 'ONLINE', venueName: null, addressLine1: null, town: null })).toBe('Online');
    expect(meetingLocation({ ...room, attendance: 'PHONE' })).toBe('By phone');
  });

  it('pins the place on OpenStreetMap, and gives no map without coordinates', () => {
    expect(mapUrl(room)).toBe('https://www.openstreetmap.org/?mlat=44.23&mlon=-76.48#map=16/44.23/-76.48');
    expect(mapUrl({ latitude: null, longitude: -76.48 })).toBeNull();
  });
});
