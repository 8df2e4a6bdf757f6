'use client';

// Shown when even the root layout fails. Next also keeps a prerendered copy
// for its last-resort 500 page; that copy has no nonce, so the policy refuses
// its scripts (docs/decisions/027): it is styled by the stylesheet, not a
// style="" attribute, and the link home works without them.
import Link from 'next/link';
import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="p-8">
        <main>
          <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
          <p className="mt-2">Please try again in a moment.</p>
          <p className="mt-4 flex items-center gap-4">
            <button type="button" onClick={reset} className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
              Try again
            </button>
            <Link href="/">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
