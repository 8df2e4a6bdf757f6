'use client';

// Shown when a page fails on the server. The visitor sees a plain message;
// details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-2">Please try again in a moment. If it keeps happening, call the clearinghouse.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-800 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
