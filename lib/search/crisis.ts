// Words that say someone may be in danger now. A search with them still
// lists groups, but the page first shows where to get urgent help: a group
// that meets next Tuesday is not what a person thinking of suicide needs
// tonight. Matched on whole words, accents and case ignored.
import { normalizeWords } from './concepts/interpret.ts';

const CRISIS_PHRASES = [
  // English
  'suicide', 'suicidal', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'take my life', 'want to die',
  'wanna die', 'dont want to live', 'no reason to live', 'better off dead', 'overdose', 'overdosing', 'overdosed', 'od',
  'self harm', 'selfharm', 'hurt myself', 'hurting myself', 'cutting myself', 'in danger', 'not safe at home',
  // French
  'me suicider', 'me tuer', 'en finir', 'mettre fin a mes jours', 'envie de mourir', 'veux mourir', 'idees suicidaires',
  'idees noires', 'surdose', 'me faire du mal', 'automutilation', 'en danger',
].map((p) => p.split(' '));

/** Whether the words ask for urgent help ("kill myself", "overdose", "me suicider"). */
export function isCrisisQuery(q: string): boolean {
  const words = normalizeWords(q);
  return words.some((_, i) => CRISIS_PHRASES.some((p) => p.every((w, k) => words[i + k] === w)));
}
