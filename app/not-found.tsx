import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">We could not find that page</h1>
      <p className="mt-2">
        The page may have moved, or a group may no longer be listed. You can go back to the{' '}
        <Link href="/">home page</Link> and search again.
      </p>
    </div>
  );
}
