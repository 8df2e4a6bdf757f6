import Link from 'next/link';
import { MAIL_STATES } from '@/lib/mail/delivery-state';
import type { OutboxFilters } from '@/lib/mail/outbox-list-schema';
import { MAIL_STATE_LABELS } from './mail-state';

const control = 'mt-1 w-full min-w-0 rounded border border-slate-500 bg-white px-2 py-1';

/** A GET form: the filters live in the address, so a reload or a shared link shows the same list. */
export function OutboxFiltersForm({ f }: { f: OutboxFilters }) {
  return (
    <form method="get" action="/staff/outbox" role="search" aria-label="Filter the outbox" className="grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-3">
      <div>
        <label htmlFor="q" className="block font-semibold">To or subject contains</label>
        <input id="q" name="q" type="search" defaultValue={f.q} className={control} />
      </div>
      <div>
        <label htmlFor="state" className="block font-semibold">State</label>
        <select id="state" name="state" defaultValue={f.state ?? ''} className={control}>
          <option value="">Any state</option>
          {MAIL_STATES.map((s) => <option key={s} value={s}>{MAIL_STATE_LABELS[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="block font-semibold">Sort by</label>
        <select id="sort" name="sort" defaultValue={f.sort} className={control}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <p className="flex flex-wrap items-center gap-4 sm:col-span-3">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Show messages</button>
        <Link href="/staff/outbox">Clear filters</Link>
      </p>
    </form>
  );
}
