// The server's meeting schema: the editor's rules (./meeting-rules.ts) with
// the checks only the server can make. The map position comes from the
// offline gazetteer (town or postal code) or from coordinates typed by staff.
import { lookupPlace } from '../geo/gazetteer.ts';
import { isValidTimeZone } from '../schedule/zoned.ts';
import { makeMeetingSchema } from './meeting-rules.ts';

export * from './meeting-rules.ts';

/**
 * The postal code first (more precise), then the town. A listing's address
 * must name the place exactly: the search box's guesses (a misspelling, a
 * region's middle) are for visitors, not for where a group meets.
 */
function placeOf(m: { postalCode: string | null; town: string | null }) {
  const exact = (text: string | null) => {
    const p = text ? lookupPlace(text) : null;
    return p && p.how === 'exact' && p.kind !== 'region' ? p : null;
  };
  return exact(m.postalCode) ?? exact(m.town);
}

export const meetingSchema = makeMeetingSchema({ isValidTimeZone, placeOf });
