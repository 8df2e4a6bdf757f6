'use client';

// A console page or action failed. The commonest cause is a session that
// ended (idle, signed out elsewhere, account changed), so offer sign-in.
export default function StaffErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-2xl font-bold">That did not work</h1>
      <p className="mt-2">Your session may have ended, or something went wrong on our side. Nothing was changed.</p>
      <div className="mt-4 flex flex-wrap gap-4">
        <a href="/staff/sign-in" className="font-semibold">
          Sign in again
        </a>
        <button type="button" onClick={reset} className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          Try again
        </button>
      </div>
    </div>
  );
}
