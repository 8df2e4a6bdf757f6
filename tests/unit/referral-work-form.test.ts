// The referral page's note-and-status form as the server first sends it:
// no new status is chosen, so saving can never move the referral (and mail
// the referrer) unless staff pick one.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReferralWorkForm } from '../../components/staff/referrals/work-form.tsx';
import { initialReferralWorkState } from '../../lib/referrals/work-state.ts';
import { readReferralWork } from '../../lib/referrals/staff-schema.ts';

const checkedRadios = (html: string) => [...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)].map((m) => m[0]).filter((tag) => /\schecked(=""|\s|>|\/)/.test(tag));

describe('the form to work on a referral', () => {
  it('opens with “keep the status” chosen, not one of the statuses that email the referrer', () => {
    const html = renderToStaticMarkup(
      createElement(ReferralWorkForm, {
        action: async () => initialReferralWorkState,
        id: 'c0000000000000000000000001',
        version: 'c0000000000000000000000002',
        currentLabel: 'In progress',
        next: [{ value: 'CONNECTED', label: 'Connected' }, { value: 'COULD_NOT_CONTACT', label: 'Could not reach your client' }, { value: 'NOT_SUITABLE', label: 'No suitable group' }],
      }),
    );
    expect(html).toContain('Move to “Connected”');
    const checked = checkedRadios(html);
    expect(checked).toHaveLength(1);
    expect(checked[0]).toContain('value=""');
  });

  it('reads a post without a status, or with an empty one, as “no change”', () => {
    const version = 'c0000000000000000000000002';
    for (const status of [undefined, '']) {
      const form = new FormData();
      form.set('version', version);
      form.set('note', 'Left a voicemail.');
      if (status !== undefined) form.set('status', status);
      const parsed = readReferralWork(form);
      expect(parsed.success && parsed.data.status).toBeNull();
    }
  });

  it('asks for a note when nothing would change', () => {
    const form = new FormData();
    form.set('version', 'c0000000000000000000000002');
    form.set('status', '');
    const parsed = readReferralWork(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Write a note, or choose a new status.');
  });
});
