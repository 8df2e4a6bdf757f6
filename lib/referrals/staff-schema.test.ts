import { describe, expect, it } from 'vitest';
import { canMoveReferral, parseReferralInbox, readReferralInbox } from './staff-schema.ts';

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
    expect(parseReferralInbox({ status: 'DROP TABLE', group: '../x', from: 'yesterday', page: '-1' })).toEqual({ q: '', status: null, group: null, mine: false, from: null, to: null, sort: 'newest', page: 1 });
  });

  it('names each part of the address it could not use, and none when the address is fine or empty', () => {
    expect(readReferralInbox({ status: 'DROP TABLE', from: 'yesterday', sort: 'sideways' }).problems.map((p) => p.label)).toEqual(['Status', 'Received from', 'Sort by']);
    expect(readReferralInbox({ status: 'NEW', q: 'R-12', sort: 'oldest' }).problems).toEqual([]);
    expect(readReferralInbox({ status: '', group: '' }).problems).toEqual([]);
  });
});
