// Kinds of rooms groups meet in, with the access features such a room has.
// A group's accessibility features come from its venue, so a phone-only
// group never claims a ramp and a church basement never claims a hearing loop
// it does not have.
import type { AccessibilityCode } from '../../../lib/vocabulary/index.ts';

export const VENUES = {
  'Public Library, Meeting Room B': ['wheelchair', 'accessible-washroom', 'transit'],
  'Community Centre, Room 2': ['wheelchair', 'accessible-washroom', 'parking', 'transit'],
  'St. Andrew’s Church Hall': ['parking'],
  'Family Health Team, Boardroom': ['wheelchair', 'accessible-washroom', 'scent-free'],
  'Neighbourhood House': ['transit'],
  'YMCA, Program Room': ['wheelchair', 'accessible-washroom', 'parking'],
  'Legion Branch Hall': ['wheelchair', 'parking'],
  'Seniors Active Living Centre': ['wheelchair', 'accessible-washroom', 'hearing-loop', 'parking'],
  'Hospital Education Centre, Room 3': ['wheelchair', 'accessible-washroom', 'hearing-loop', 'transit'],
  'Multicultural Centre, Room 4': ['wheelchair', 'transit'],
  'Centre communautaire francophone': ['wheelchair', 'parking'],
  'Student Centre, Room 210': ['wheelchair', 'accessible-washroom', 'transit'],
  'Union Hall, Lower Level': ['parking', 'transit'],
  'Deaf Services Centre, Hall A': ['wheelchair', 'accessible-washroom', 'asl', 'hearing-loop'],
  'Rainbow Community Space': ['wheelchair', 'accessible-washroom', 'scent-free', 'transit'],
  'Cancer Support House, Living Room': ['wheelchair', 'accessible-washroom', 'parking', 'scent-free'],
} as const satisfies Record<string, readonly AccessibilityCode[]>;

export type VenueName = keyof typeof VENUES;

/** Rooms any kind of group could book; a row that names no venue gets one of these. */
export const GENERAL_VENUES: VenueName[] = [
  'Public Library, Meeting Room B',
  'Community Centre, Room 2',
  'St. Andrew’s Church Hall',
  'Family Health Team, Boardroom',
  'Neighbourhood House',
  'YMCA, Program Room',
];
