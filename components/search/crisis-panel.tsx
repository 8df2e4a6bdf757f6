import { telHref } from '../group/labels';

/** Urgent help first, above any group: shown when a search uses crisis words. */
export function CrisisPanel({ phone }: { phone: string }) {
  return (
    <section aria-labelledby="crisis-heading" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="crisis-heading" className="text-xl font-bold text-red-900">
        If you might act on thoughts of suicide or are in danger, get help now
      </h2>
      <ul className="mt-2 space-y-2">
        <li>
          In danger now: call{' '}
          <a href="tel:911" className="inline-block min-h-11 py-2 font-bold">
            911
          </a>
          .
        </li>
        <li>
          Thinking about suicide, or worried about someone: call{' '}
          <a href="tel:988" className="inline-block min-h-11 py-2 font-bold">
            9-8-8
          </a>{' '}
          or{' '}
          <a href="sms:988" className="inline-block min-h-11 py-2 font-bold">
            text 9-8-8
          </a>
          , any time, in English or French.
        </li>
        <li>
          Someone has taken too much of a drug: call 911. Stay with them.
        </li>
      </ul>
      <p className="mt-2">
        Groups are listed below for when you are ready. The clearinghouse can also help you choose one:{' '}
        <a href={telHref(phone)} className="font-semibold">
          {phone}
        </a>
        .
      </p>
    </section>
  );
}
