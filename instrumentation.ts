// Runs once when the Next server starts: keeps failed pages out of shared
// caches, checks the encryption key (a
// missing key in production stops start-up with a clear message) and starts
// the background jobs (lib/jobs/worker.ts). Not during `next build`, not
// under tests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NODE_ENV === 'test' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // A failed public page must not reach a shared cache as the page (decision 035).
  const { neverShareFailedResponses } = await import('./lib/page-cache/error-responses');
  neverShareFailedResponses();
  const { encryptionKey } = await import('./lib/crypto/index');
  encryptionKey();
  const { startWorkers } = await import('./lib/jobs/worker');
  try {
    await startWorkers();
  } catch (err) {
    // The site still serves pages; mail waits in the outbox until a restart.
    console.error(`[jobs] background jobs did not start: ${err instanceof Error ? err.message : 'unknown error'}`);
  }
}
