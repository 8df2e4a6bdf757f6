import { describe, expect, it } from 'vitest';
import { hideOneTimeLinks, LINK_PLACEHOLDER, putLinkIn } from './one-time-link';

describe('one-time links in mail text', () => {
  it('are hidden from staff whatever kind they are', () => {
    const text = [
      'https://groups.example.org/staff/reset/AbC_123-xyz',
      'http://localhost:3000/staff/invite/AbC_123-xyz',
      'https://groups.example.org/referrals/status/AbC_123-xyz',
      'https://groups.example.org/groups/lakeside-circle',
    ].join('\n');
    expect(hideOneTimeLinks(text)).toBe([LINK_PLACEHOLDER, LINK_PLACEHOLDER, LINK_PLACEHOLDER, 'https://groups.example.org/groups/lakeside-circle'].join('\n'));
  });

  it('go into the mail only when it is sent, and a lost one is explained', () => {
    const stored = `Choose a new password here:\n${LINK_PLACEHOLDER}\nThanks`;
    expect(putLinkIn(stored, 'https://groups.example.org/staff/reset/abc')).toBe('Choose a new password here:\nhttps://groups.example.org/staff/reset/abc\nThanks');
    expect(putLinkIn(stored, null)).toMatch(/no longer available/);
  });
});
