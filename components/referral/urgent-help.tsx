// Where to get urgent help, shown instead of sending a referral when the
// client is in crisis or having thoughts of suicide.
export function UrgentHelp({ live = false }: { live?: boolean }) {
  return (
    <div role={live ? 'alert' : undefined} className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4" data-testid="urgent-help">
      <h3 className="text-lg font-bold text-red-900">Get urgent help first — do not send a referral now</h3>
      <p className="mt-1">A self-help group is not the right support for someone in crisis. Please help your client reach:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <strong>911</strong> if a life is in danger right now.
        </li>
        <li>
          <strong>9-8-8</strong>, the Suicide Crisis Helpline: call or text, any time, in English or French.
        </li>
        <li>
          <strong>Your local crisis line</strong> or mobile crisis team, or the nearest emergency department.
        </li>
      </ul>
      <p className="mt-2">Once your client is safe and ready, you can come back and refer them to a group.</p>
    </div>
  );
}
