import { describe, expect, it } from 'vitest';
import { diffAudit } from './diff';

describe('audit diff', () => {
  it('lists only the fields that changed, nested ones as dotted paths', () => {
    const rows = diffAudit({ name: 'Grief Circle', contact: { phone: '555-0100', email: 'a@example.org' }, tags: ['a'] }, { name: 'Grief Circle', contact: { phone: '555-0199', email: 'a@example.org' }, tags: ['a', 'b'] });
    expect(rows).toEqual([
      { path: 'contact.phone', before: '555-0100', after: '555-0199' },
      { path: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it('shows every field of a creation or a removal', () => {
    expect(diffAudit(null, { role: 'EDITOR', disabled: false })).toEqual([
      { path: 'disabled', before: null, after: 'false' },
      { path: 'role', before: null, after: 'EDITOR' },
    ]);
    expect(diffAudit({ email: 'x@example.org' }, undefined)).toEqual([{ path: 'email', before: 'x@example.org', after: null }]);
  });
});
