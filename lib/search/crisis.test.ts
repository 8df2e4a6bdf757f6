import { describe, expect, it } from 'vitest';
import { isCrisisQuery } from './crisis.ts';

describe('crisis words in a search', () => {
  it.each(['I want to kill myself', 'suicidal thoughts', 'friend overdose', 'Je veux me suicider', 'idées noires', 'SURDOSE'])('“%s” asks for urgent help', (q) => {
    expect(isCrisisQuery(q)).toBe(true);
  });
  it.each(['grief support', 'my husband drinks', 'kill', 'overdue bills', 'dose of hope', ''])('“%s” does not', (q) => {
    expect(isCrisisQuery(q)).toBe(false);
  });
});
