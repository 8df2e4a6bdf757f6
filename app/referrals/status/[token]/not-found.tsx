import Link from 'next/link';

export default function StatusLinkNotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">This status link does not work</h1>
      <p className="mt-2">
        The link may be incomplete, or it may have expired: status links work for a limited time after a referral is sent.
        Check that you copied the whole link from our email. For news about a referral, call us and give its reference
        (it looks like R-7KQ2-M9).
      </p>
      <p className="mt-2">
        <Link href="/refer">Refer a client</Link> · <Link href="/">Home</Link>
      </p>
    </div>
  );
}
