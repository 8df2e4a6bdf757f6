// The browser's copy of Zod must never probe `new Function`: the content
// security policy refuses it and the browser reports a violation
// (instrumentation-client.ts, docs/decisions/027).
import { describe, expect, it, vi } from 'vitest';

describe('zod in the browser', () => {
  it('checks a form without compiling code, once the client start-up has run', async () => {
    await import('../../instrumentation-client');
    const { z } = await import('zod');
    const compile = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ name: z.string().min(1), email: z.email(), topics: z.array(z.string()) });
    expect(schema.safeParse({ name: 'A group', email: 'a@example.org', topics: ['grief'] }).success).toBe(true);
    expect(schema.safeParse({ name: '', email: 'x', topics: [] }).success).toBe(false);
    expect(z.config().jitless).toBe(true);
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
  });
});
