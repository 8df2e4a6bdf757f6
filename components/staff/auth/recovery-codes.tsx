// The ten recovery codes, shown once right after they are made.
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="rounded border-2 border-amber-700 bg-amber-50 p-4">
      <h2 id="recovery-codes-heading" className="text-xl font-semibold">
        Your recovery codes
      </h2>
      <p className="mt-2">
        Each code lets you sign in once if you lose your phone. Print them or keep them in a password manager now:{' '}
        <strong>they will not be shown again.</strong>
      </p>
      <ol className="mt-3 grid grid-cols-1 gap-1 font-mono text-lg sm:grid-cols-2" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
    </section>
  );
}
