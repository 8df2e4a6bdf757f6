// Runs a property over FUZZ_RUNS generated inputs with a fixed seed, so a
// failure prints a seed and path that replay it exactly (FUZZ_SEED=… and
// the printed `path` in fc.assert's options). A run fails when the code
// throws anything but Next's redirect/notFound signals, or logs an error
// (a fault the visitor would see as "something went wrong").
import fc from 'fast-check';
import { vi } from 'vitest';
import { renderToReadableStream } from 'react-dom/server';
import type { ReactNode } from 'react';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);

/** How many runs each property made, for the summary the coverage test prints. */
export const runsMade = new Map<string, number>();

export async function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (input: T) => Promise<void>): Promise<void> {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      runs++;
      const spy = vi.mocked(console.error);
      const before = spy.mock.calls.length;
      await check(input);
      const logged = spy.mock.calls.slice(before);
      // Leave nothing for the console guard once this run is judged: shrinking reruns it.
      spy.mock.calls.splice(before);
      if (logged.length) throw new Error(`logged an error: ${logged.map((c) => c.map(String).join(' ')).join('\n').slice(0, 500)}`);
    }),
    { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
  );
  runsMade.set(name, runs);
}

/** What Next does with an error a page or action throws: a redirect or a 404 page are answers; anything else is a 500. */
export function nextSignal(err: unknown): 'redirect' | 'not-found' | null {
  const digest = typeof err === 'object' && err && 'digest' in err ? String(err.digest) : '';
  if (digest.startsWith('NEXT_REDIRECT')) return 'redirect';
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404' || digest === 'NEXT_NOT_FOUND') return 'not-found';
  return null;
}

/** Runs an action or page, turning Next's redirect/notFound into values and rethrowing anything else. */
export async function answerOf<T>(run: () => Promise<T>): Promise<{ kind: 'value'; value: T } | { kind: 'redirect' | 'not-found' }> {
  try {
    return { kind: 'value', value: await run() };
  } catch (err) {
    const signal = nextSignal(err);
    if (signal) return { kind: signal };
    throw err;
  }
}

/** A server-rendered page or component as the HTML a browser receives (all Suspense boundaries resolved). */
export async function renderHtml(node: ReactNode): Promise<string> {
  let failure: unknown = null;
  const stream = await renderToReadableStream(node, {
    onError: (err) => {
      failure ??= err;
    },
  });
  await stream.allReady;
  const html = await new Response(stream).text();
  if (failure) throw failure;
  return html;
}

/** Markup from NASTY_PIECES that must never reach a page unescaped. */
const LIVE_MARKUP = ['<script>alert(1)', '<img src=x onerror', '<svg onload', '<b>bold</b>', '</textarea><b>'];

/** The page shows what was typed as text: none of the hostile markup arrives as markup. */
export function expectNoLiveMarkup(html: string, where: string): void {
  for (const m of LIVE_MARKUP) {
    if (html.includes(m)) throw new Error(`${where}: "${m}" reached the HTML unescaped`);
  }
}
