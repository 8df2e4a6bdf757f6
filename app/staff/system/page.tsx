import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';
import { formatBytes, systemStatus, type SystemStatus } from '@/lib/system/system-data';
import { DIRECTORY_TIME_ZONE } from '@/lib/site';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'System' };

const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone: DIRECTORY_TIME_ZONE });

function growth(now: number, before: number | null, span: string): string {
  if (before === null) return `no backup from ${span} ago to compare with`;
  const d = now - before;
  return `${d >= 0 ? '+' : '−'}${formatBytes(Math.abs(d))} since ${span} ago`;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-8" aria-labelledby={`sys-${title.replace(/\W+/g, '-').toLowerCase()}`}>
      <h2 id={`sys-${title.replace(/\W+/g, '-').toLowerCase()}`} className="text-xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="mb-2 break-words sm:mb-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Backups({ s }: { s: SystemStatus }) {
  const last = s.backups.lastSuccess;
  const fail = s.backups.lastFailure;
  return (
    <Section title="Backups">
      <Facts
        rows={[
          ['Last successful backup', last?.finishedAt ? `${when.format(last.finishedAt)} (${last.kind}) · ${last.bytes === null ? '' : formatBytes(last.bytes)} · ${last.fileName ?? ''}` : 'none yet'],
          ['Last failed backup', fail ? `${when.format(fail.startedAt)}: ${fail.error ?? 'no reason recorded'}` : 'none'],
          ['Nightly backups', s.backups.dir ? `every night at 02:30 into ${s.backups.dir}` : 'off (BACKUP_DIR is not set)'],
          ['Encryption keys', s.backups.keysSealed ? 'sealed with the backup passphrase beside each nightly backup' : 'not in the backups: keep a copy of them apart (docs/operations.md, “Keys”)'],
        ]}
      />
    </Section>
  );
}

export default async function SystemPage() {
  // Admins only, checked here and not only in the navigation.
  await requireStaffPage('ADMIN');
  const s = await systemStatus();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">System</h1>
      <p className="mt-2">How the directory itself is doing: backups, the database, background jobs, mail and disk space. Figures as of {when.format(s.now)}.</p>
      {s.warnings.length > 0 ? (
        <section className="mt-4 rounded border-2 border-red-800 bg-red-50 p-3" aria-labelledby="sys-attention">
          <h2 id="sys-attention" className="text-xl font-bold text-red-900">
            Needs attention
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="system-warnings">
            {s.warnings.map((w) => (
              <li key={w} className="break-words">{w}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-4 rounded border border-green-800 bg-green-50 p-3 font-semibold text-green-900" role="status">
          Nothing needs attention.
        </p>
      )}
      <Backups s={s} />
      <Section title="Database">
        <Facts
          rows={[
            ['Size', formatBytes(s.database.bytes)],
            ['Growth', `${growth(s.database.bytes, s.database.weekAgo, 'a week')}; ${growth(s.database.bytes, s.database.monthAgo, 'a month')}`],
          ]}
        />
      </Section>
      <Section title="Background jobs">
        <p className="mt-2">
          {s.jobs.waiting} waiting · {s.jobs.failed} failed in the last 7 days
        </p>
        {s.jobs.queues.length > 0 && (
          <ScrollRegion label="Jobs per queue" className="mt-2">
            <table className="min-w-full text-left">
              <caption className="sr-only">Jobs per queue</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4">Queue</th>
                  <th scope="col" className="pr-4">Waiting</th>
                  <th scope="col" className="pr-4">Running</th>
                  <th scope="col">Failed (7 days)</th>
                </tr>
              </thead>
              <tbody>
                {s.jobs.queues.map((q) => (
                  <tr key={q.name}>
                    <th scope="row" className="pr-4 font-normal">{q.name}</th>
                    <td className="pr-4">{q.waiting}</td>
                    <td className="pr-4">{q.active}</td>
                    <td>{q.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>
      <Section title="Mail">
        <p className="mt-2">
          {s.mail.sent} sent · {s.mail.failing} failing · {s.mail.waiting} waiting. <Link href="/staff/outbox" className="underline">Open the outbox</Link>
        </p>
      </Section>
      <Section title="Disk space">
        <Facts rows={s.disk.map((d) => [d.label, 'error' in d ? `${d.path}: ${d.error}` : `${formatBytes(d.freeBytes)} free of ${formatBytes(d.totalBytes)} (${d.path})`])} />
      </Section>
      <Section title="Versions and keys">
        <Facts
          rows={[
            ['App', s.appVersion],
            ['Database schema', `${s.schema.applied ?? 'none'}${s.schema.latestKnown && s.schema.latestKnown !== s.schema.applied ? ` (this code expects ${s.schema.latestKnown})` : ''}`],
            ['Encryption keys configured', s.keys.configured.join(', ')],
            ['Keys missing', s.keys.missing.length ? s.keys.missing.map((m) => `${m.keyId} (${m.values} values)`).join(', ') : 'none'],
          ]}
        />
      </Section>
    </>
  );
}
