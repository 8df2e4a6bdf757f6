// GET form: filters live in the URL, so it works without JavaScript and a
// filtered view can be bookmarked or shared with a colleague.
import type { AuditFilters } from '@/lib/audit/schema';

const input = 'mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1';

export function AuditFiltersForm({ f, entityTypes }: { f: AuditFilters; entityTypes: string[] }) {
  return (
    <form method="get" action="/staff/audit" className="grid gap-3 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div>
        <label htmlFor="audit-actor" className="block font-semibold">Staff email contains</label>
        <input id="audit-actor" name="actor" defaultValue={f.actor} className={input} />
      </div>
      <div>
        <label htmlFor="audit-action" className="block font-semibold">Action starts with</label>
        <input id="audit-action" name="action" defaultValue={f.action} className={input} list="audit-action-prefixes" aria-describedby="audit-action-hint" />
        <p id="audit-action-hint" className="text-sm text-slate-700">For example auth., staff., group.</p>
        <datalist id="audit-action-prefixes">
          {['auth.', 'auth.sign-in', 'auth.refused', 'staff.', 'group.', 'referral.', 'submission.', 'fact-sheet.', 'topic.'].map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor="audit-entity" className="block font-semibold">Record type</label>
        <select id="audit-entity" name="entity" defaultValue={f.entity} className={input}>
          <option value="">Any</option>
          {entityTypes.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block font-semibold">From (UTC day)</label>
        <input id="audit-from" name="from" type="date" defaultValue={f.from ?? ''} className={input} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block font-semibold">To (UTC day)</label>
        <input id="audit-to" name="to" type="date" defaultValue={f.to ?? ''} className={input} />
      </div>
      <div className="flex items-end gap-4">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Filter</button>
        <a href="/staff/audit">Clear</a>
      </div>
    </form>
  );
}
