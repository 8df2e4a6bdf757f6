// Which nightly backups to keep: the newest of each of the last 7 days, of
// the last 4 weeks and of the last 12 months (days, weeks and months in the
// directory's time zone). Only files this job names are ever considered.
import { BACKUP_EXTENSION } from './format.ts';

export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

const NAME = /^selfhelp-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z\.selfhelp-backup$/;

/** The time in a backup file's name, or null for a file that is not one of ours. */
export function backupTime(fileName: string): Date | null {
  const m = NAME.exec(fileName);
  if (!m || !fileName.endsWith(BACKUP_EXTENSION)) return null;
  const at = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(at.getTime()) ? null : at;
}

function localDate(at: Date, timeZone: string): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** ISO week ("2026-W49") of a calendar date. */
function isoWeek({ y, m, d }: { y: number; m: number; d: number }): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The file names to delete from `names` (anything not ours is never among them). */
export function backupsToDelete(names: string[], timeZone: string, keep: { daily: number; weekly: number; monthly: number } = KEEP): string[] {
  const ours = names
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((f): f is { name: string; at: Date } => f.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  const buckets: [number, (x: { y: number; m: number; d: number }) => string][] = [
    [keep.daily, (x) => `${x.y}-${x.m}-${x.d}`],
    [keep.weekly, isoWeek],
    [keep.monthly, (x) => `${x.y}-${x.m}`],
  ];
  for (const [count, key] of buckets) {
    const seen = new Set<string>();
    for (const f of ours) {
      const k = key(localDate(f.at, timeZone));
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      kept.add(f.name);
    }
  }
  return ours.filter((f) => !kept.has(f.name)).map((f) => f.name);
}

/** The local calendar date a nightly run at `at` is for (YYYY-MM-DD), its slot. */
export function nightlySlot(at: Date, timeZone: string): string {
  const { y, m, d } = localDate(at, timeZone);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
