import { describe, expect, it } from 'vitest';
import { costInWords, describeCost } from './cost-words.ts';

describe('what a group costs, in words', () => {
  it('says a free group is free', () => {
    expect(describeCost('FREE', '')).toEqual({ headline: 'Free', details: [] });
  });

  it('says a donation is never required, without repeating the stock sentence', () => {
    expect(describeCost('DONATION', 'Donations are welcome but never expected.')).toEqual({
      headline: 'Free, with donations welcome',
      details: ['You do not have to give anything to come.'],
    });
    expect(describeCost('DONATION', 'Two dollars for coffee, if you can').details).toContain('Two dollars for coffee, if you can.');
  });

  it('gives the amount of a fee when the group wrote one', () => {
    expect(describeCost('FEE', '$20 a year toward the used equipment sale.')).toEqual({
      headline: 'There is a fee',
      details: ['$20 a year toward the used equipment sale.'],
    });
  });

  it('tells people to ask when a fee has no amount, and never says just "Fee"', () => {
    const w = describeCost('FEE', '');
    expect(w.headline).toBe('There is a fee');
    expect(w.details).toEqual(['Ask the group how much it is.']);
  });

  it('recognises a sliding scale and pay what you can', () => {
    expect(describeCost('FEE', 'Sliding scale, $5 to $15 a session').headline).toBe('Pay what you can (sliding scale)');
    expect(describeCost('FEE', 'Pay what you can.').headline).toBe('Pay what you can (sliding scale)');
  });

  it('promises that no one is turned away only when the group says so', () => {
    expect(describeCost('FEE', '$10 a session; no one is turned away for lack of funds').details).toEqual([
      'No one is turned away because they cannot pay.',
      '$10 a session; no one is turned away for lack of funds.',
    ]);
    expect(describeCost('FEE', '$10 a session.').details).not.toContain('No one is turned away because they cannot pay.');
    expect(describeCost('FEE', 'Pay what you can; we never turn anyone away.').details[0]).toBe('No one is turned away because they cannot pay.');
  });

  it('reads as one line on a card', () => {
    expect(costInWords('FEE', 'Breakfast costs about $10.')).toBe('There is a fee. Breakfast costs about $10.');
    expect(costInWords('FREE', '')).toBe('Free.');
  });
});
