import { describe, expect, it } from 'vitest';
import { emptyContactValues, parseContact, readContactValues } from './contact-schema.ts';

const filled = { ...emptyContactValues('kingston-grief-companions'), name: 'Sam', replyEmail: 'sam@example.net', message: 'Can I come next Tuesday?' };

describe('a message to a group', () => {
  it('is accepted with a name, a reply address and a message, trimmed', () => {
    const r = parseContact({ ...filled, name: '  Sam ', message: ' Can I come next Tuesday?\n' });
    expect(r).toEqual({ ok: true, input: { group: 'kingston-grief-companions', name: 'Sam', replyEmail: 'sam@example.net', message: 'Can I come next Tuesday?' } });
  });

  it('tells the visitor everything that is missing at once, one message per field', () => {
    const r = parseContact(emptyContactValues('kingston-grief-companions'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors)).toEqual(['name', 'replyEmail', 'message']);
    expect(r.fieldErrors.replyEmail).toEqual(['Enter the email address where the group can reply to you.']);
  });

  it('asks for an address that looks like one', () => {
    const r = parseContact({ ...filled, replyEmail: 'sam at home' });
    expect(r.ok ? null : r.fieldErrors).toEqual({ replyEmail: ['Enter an email address like name@example.com.'] });
  });

  it('refuses a message longer than a group can be asked to read', () => {
    const r = parseContact({ ...filled, message: 'x'.repeat(2001) });
    expect(r.ok ? null : r.fieldErrors.message).toEqual(['Shorten your message to 2,000 characters or fewer.']);
  });

  it('reads a post, with missing fields as empty', () => {
    const form = new FormData();
    form.set('group', 'g');
    form.set('name', 'Sam');
    expect(readContactValues(form)).toEqual({ group: 'g', name: 'Sam', replyEmail: '', message: '', homepage: '' });
  });
});
