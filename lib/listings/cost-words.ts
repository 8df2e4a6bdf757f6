// What a group costs, in sentences a visitor can act on. The stored kind
// alone ("FEE") says nothing about how much or whether money stops anyone, so
// the free-text description is read for the amount, a sliding scale and a
// promise that no one is turned away. Shared by the group page and the cards.
import type { CostKind } from '../generated/prisma/enums.ts';

export type CostWords = {
  /** One short line: "Free", "There is a fee", "Pay what you can". */
  headline: string;
  /** Sentences that follow it, already in order; may be empty. */
  details: string[];
};

const SLIDING = /sliding[\s-]*scale|pay[\s-]+what[\s-]+you[\s-]+can|what(ever)? you can afford/i;
const NOBODY_TURNED_AWAY = /(turned|turn anyone|turn people) away|no one (is|will be) (refused|excluded)|regardless of (your )?(ability|means|income)/i;
const AMOUNT = /\$\s?\d/;
// The seed's and the editor's stock sentence for a donation; repeating it under the headline says nothing new.
const STOCK_DONATION = /^donations are welcome but never expected\.?$/i;

const TURNED_AWAY_WORDS = 'No one is turned away because they cannot pay.';

const sentence = (s: string) => {
  const t = s.trim();
  return t === '' ? '' : /[.!?]$/.test(t) ? t : `${t}.`;
};

export function describeCost(kind: CostKind, description: string): CostWords {
  const text = description.trim();
  const details: string[] = [];
  const turnedAway = NOBODY_TURNED_AWAY.test(text);
  let headline: string;
  if (kind === 'FREE') {
    headline = 'Free';
    if (text) details.push(sentence(text));
  } else if (kind === 'DONATION') {
    headline = 'Free, with donations welcome';
    details.push('You do not have to give anything to come.');
    if (text && !STOCK_DONATION.test(text)) details.push(sentence(text));
  } else if (SLIDING.test(text)) {
    headline = 'Pay what you can (sliding scale)';
    details.push(sentence(text));
  } else {
    headline = 'There is a fee';
    if (text) details.push(sentence(text));
    if (!AMOUNT.test(text)) details.push('Ask the group how much it is.');
  }
  // Said first and in our words: it is the sentence that decides whether someone short of money comes.
  if (turnedAway && kind !== 'FREE') details.unshift(TURNED_AWAY_WORDS);
  return { headline, details };
}

/** Headline and details as one line, for a card: "There is a fee. $20 a year." */
export function costInWords(kind: CostKind, description: string): string {
  const w = describeCost(kind, description);
  return [`${w.headline}.`, ...w.details].join(' ');
}
