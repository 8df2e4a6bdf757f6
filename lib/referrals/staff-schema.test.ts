import { describe, expect, it } from 'vitest';
import { canMoveReferral, parseReferralInbox } from './staff-schema.ts';

describe('the referral workflow', () => {
  it('allows only NEW → IN_PROGRESS → an outcome → CLOSED', () => {
    expect(canMoveReferral('NEW', 'IN_PROGRESS')).toBe(true);
    expect(canMoveReferral('IN_PROGRESS', 'CONNECTED')).toBe(true);
    expect(canMoveReferral('NOT_SUITABLE', 'CLOSED')).toBe(true);
    expect(canMoveReferral('NEW', 'CONNECTED')).toBe(false);
    expect(canMoveReferral('CONNECTED', 'IN_PROGRESS')).toBe(false);
    expect(canMoveReferral('CLOSED', 'NEW')).toBe(false);
    expect(canMoveReferral('IN_PROGRESS', 'IN_PROGRESS')).toBe(false);
  });

  it('reads inbox filters from the address and ignores what it cannot use', () => {
    expect(parseReferralInbox({ status: 'CONNECTED', mine: '1', from: '2026-01-01', page: '2' })).toMatchObject({ status: 'CONNECTED', mine: true, from: '2026-01-01', page: 2 });
    expect(parseReferralInbox({ status: 'DROP TABLE', group: '../x', from: 'yesterday', page: '-1' })).toEqual({ status: null, group: null, mine: false, from: null, to: null, page: 1 });
  });
});
