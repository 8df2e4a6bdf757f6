import { describe, expect, it } from 'vitest';
import { normaliseContact, normaliseEmail, normalisePhone, phonePattern } from './contact-match.ts';

describe('matching a phone number', () => {
  it('reads the same North American line typed in different ways as one number', () => {
    for (const typed of ['416-555-0199', '(416) 555-0199', '+1 416 555 0199', '1-416-555-0199', '416.555.0199', '001 416 555 0199', '416-555-0199 ext. 12', '416 555 0199 x3']) {
      expect(normalisePhone(typed), typed).toBe('4165550199');
    }
  });

  it('keeps another country code and refuses something too short to be a number', () => {
    expect(normalisePhone('+44 20 7946 0018')).toBe('442079460018');
    expect(normalisePhone('555-01')).toBeNull();
    expect(normalisePhone('no number here')).toBeNull();
  });

  it('finds the number inside text as PostgreSQL would, but not inside a longer number', () => {
    const re = new RegExp(phonePattern('4165550199'));
    expect(re.test('Call me at (416) 555-0199 after six')).toBe(true);
    expect(re.test('+1 416 555 0199')).toBe(true);
    expect(re.test('416-555-0199')).toBe(true);
    expect(re.test('14165550199')).toBe(true);
    expect(re.test('2416-555-0199')).toBe(false);
    expect(re.test('416-555-01990')).toBe(false);
    expect(re.test('416-555-0198')).toBe(false);
  });
});

describe('matching an email address', () => {
  it('ignores case and surrounding spaces', () => {
    expect(normaliseEmail('  Someone@Example.ORG ')).toBe('someone@example.org');
  });

  it('labels a client contact as an email or a phone, so the two never collide', () => {
    expect(normaliseContact('Someone@Example.org')).toBe('email:someone@example.org');
    expect(normaliseContact('+1 (416) 555-0199')).toBe('phone:4165550199');
    expect(normaliseContact('12')).toBeNull();
  });
});
