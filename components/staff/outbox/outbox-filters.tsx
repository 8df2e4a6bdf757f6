import { MAIL_STATES } from '@/lib/mail/delivery-state';
import type { OutboxFilters } from '@/lib/mail/outbox-list-schema';
import { MAIL_STATE_LABELS } from './mail-state';
import { FilterActions, FilterSearch, FilterSelect, NEWEST_OR_OLDEST } from '../list-filters';

/** A GET form: the filters live in the address, so a reload or a shared link shows the same list. */
export function OutboxFiltersForm({ f }: { f: OutboxFilters }) {
  return (
    <form method="get" action="/staff/outbox" role="search" aria-label="Filter the outbox" className="grid gap-3 rounded border border-slate-300 bg-brand-50 p-4 sm:grid-cols-3">
      <FilterSearch label="To or subject contains" value={f.q} />
      <FilterSelect name="state" label="State" value={f.state} any="Any state" options={MAIL_STATES.map((s) => [s, MAIL_STATE_LABELS[s]] as const)} />
      <FilterSelect name="sort" label="Sort by" value={f.sort} options={NEWEST_OR_OLDEST} />
      <FilterActions submit="Show messages" clearHref="/staff/outbox" className="sm:col-span-3" />
    </form>
  );
}
