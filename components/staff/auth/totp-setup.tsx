// Set-up instructions for an authenticator app: the QR code (drawn as an
// SVG path, no HTML injection) and the same secret as text to type in.
import type { EnrolmentOffer } from '@/lib/staff/totp-enrolment';

export function TotpSetup({ offer }: { offer: EnrolmentOffer }) {
  const grouped = offer.secret.match(/.{1,4}/g)?.join(' ') ?? offer.secret;
  return (
    <div className="mt-4 space-y-3">
      <ol className="list-decimal space-y-2 pl-5">
        <li>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator, 2FAS or Aegis).</li>
        <li>Scan this code, or choose “enter a setup key” and type the key below.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <svg
        role="img"
        aria-label="QR code for your authenticator app (the same key is written below)"
        viewBox={`-4 -4 ${offer.qr.size + 8} ${offer.qr.size + 8}`}
        className="h-56 w-56 border border-slate-300 bg-white"
        shapeRendering="crispEdges"
      >
        <path d={offer.qr.d} fill="#000" />
      </svg>
      <p>
        Setup key:{' '}
        <code className="rounded bg-slate-100 px-2 py-1 font-mono text-lg break-all" data-testid="totp-secret" data-secret={offer.secret}>
          {grouped}
        </code>
      </p>
    </div>
  );
}
