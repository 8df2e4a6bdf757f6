// A test fails when the code under test logs an unexpected console.error.
// Tests that expect one call `allowConsoleError()` first.
import { afterEach, beforeEach, expect, vi } from 'vitest';

let calls: unknown[][] = [];
let allowed = false;

export function allowConsoleError() {
  allowed = true;
}

beforeEach(() => {
  calls = [];
  allowed = false;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (!allowed) expect(calls, `unexpected console.error: ${calls.map((c) => c.map(String).join(' ')).join('\n')}`).toEqual([]);
});
