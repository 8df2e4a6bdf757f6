import { describe, expect, it } from 'vitest';
import { choosePasswordSchema, safeNextPath } from './schema';

describe('where to go after signing in', () => {
  it('keeps console paths with their query', () => {
    expect(safeNextPath('/staff/listings?status=DRAFT&page=2')).toBe('/staff/listings?status=DRAFT&page=2');
    expect(safeNextPath('/staff')).toBe('/staff');
  });
  it('never leaves the console or loops back to sign-in', () => {
    for (const bad of ['https://evil.example/staff', '//evil.example', '/staff//evil.example', '/groups', '/staffing', '/staff/sign-in?next=/staff', '/staff\\evil', 42, undefined]) {
      expect(safeNextPath(bad)).toBe('/staff');
    }
  });
});

describe('choosing a password', () => {
  it('needs 12 to 128 characters typed the same twice, with no composition rules', () => {
    expect(choosePasswordSchema.safeParse({ password: 'lantern orchard', confirm: 'lantern orchard' }).success).toBe(true);
    expect(choosePasswordSchema.safeParse({ password: 'short', confirm: 'short' }).success).toBe(false);
    expect(choosePasswordSchema.safeParse({ password: 'lantern orchard', confirm: 'lantern orchards' }).success).toBe(false);
    expect(choosePasswordSchema.safeParse({ password: 'x'.repeat(129), confirm: 'x'.repeat(129) }).success).toBe(false);
  });
});
