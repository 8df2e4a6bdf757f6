// What the professional answered on the referral form, in words for staff:
// the readiness checklist as the form showed it (by its section), how to
// reach the client, and how they want to attend. Never the stored codes.
import type { Attendance, ClientContactMethod } from '../generated/prisma/enums.ts';
import { checklists } from '../fact-sheets/checklists.ts';
import { CRISIS_ITEM_IDS } from './schema.ts';

export const CONTACT_METHOD_WORDS: Record<ClientContactMethod, string> = {
  PHONE: 'Phone call',
  TEXT: 'Text message',
  EMAIL: 'Email',
  CLIENT_WILL_CALL: 'The client will get in touch themselves',
  CONTACT_REFERRER: 'Contact the referrer, not the client',
};

export const ATTENDANCE_WORDS: Record<Attendance, string> = { IN_PERSON: 'In person', ONLINE: 'Online', PHONE: 'By phone', HYBRID: 'In person or online' };

export type ReadinessSection = { heading: string; ticked: { text: string; warning: boolean }[] };

/**
 * The ticked statements under the checklist's own headings, in its order.
 * An id the checklist no longer has (it was edited after the referral
 * arrived) is still counted, in words, rather than dropped or shown as a code.
 */
export function readinessInWords(ids: readonly string[]): { sections: ReadinessSection[]; retired: number } {
  const chosen = new Set(ids);
  const known = new Set<string>();
  const sections: ReadinessSection[] = [];
  for (const s of checklists['client-readiness'].sections) {
    const ticked = s.items.filter((i) => chosen.has(i.id)).map((i) => ({ text: i.text, warning: CRISIS_ITEM_IDS.includes(i.id) || s.heading === 'Not ready yet' }));
    for (const i of s.items) known.add(i.id);
    if (ticked.length > 0) sections.push({ heading: s.heading, ticked });
  }
  return { sections, retired: [...chosen].filter((id) => !known.has(id)).length };
}
