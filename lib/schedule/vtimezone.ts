/**
 * VTIMEZONE generation from the runtime's own time-zone data (via Intl), so
 * no zone database has to be bundled. Calendar apps normally resolve an IANA
 * TZID themselves; this block is for the ones that only trust the file.
 */
import { type CivilDate, type WallTime, daysInMonth, isoWeekday, mod } from './civil';
import { icsWeekday, localDateTime, utcOffset } from './ics-text';
import { zoneAbbreviation, zoneOffsetMs } from './zoned';

type Transition = { at: number; from: number; to: number }; // instant (ms) and offsets (ms)
type LocalOnset = { date: CivilDate; time: WallTime & { second: number } };
type YearlyRule = { month: number; weekday: number; nth: 1 | 2 | 3 | 4 | -1 };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const RULE_CHECK_YEARS = 28; // the Gregorian weekday/leap-year pattern repeats every 28 years (within a century)
const FALLBACK_YEARS_AHEAD = 5;
const FALLBACK_YEARS_BACK = 20;

const transitionCache = new Map<string, Transition[]>();

/** Offset changes during a UTC year: daily probes, then a minute-precise binary search. */
export function transitionsInYear(timeZone: string, year: number): Transition[] {
  const key = `${timeZone}|${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let prev = Date.UTC(year, 0, 1);
  let prevOffset = zoneOffsetMs(prev, timeZone);
  for (let t = prev + DAY_MS; t <= end; t += DAY_MS) {
    const offset = zoneOffsetMs(t, timeZone);
    if (offset !== prevOffset) {
      let lo = prev / MINUTE_MS;
      let hi = t / MINUTE_MS;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffsetMs(mid * MINUTE_MS, timeZone) === prevOffset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi * MINUTE_MS, from: prevOffset, to: offset });
    }
    prev = t;
    prevOffset = offset;
  }
  transitionCache.set(key, found);
  return found;
}

/** Wall-clock reading just before the change, which is how RFC 5545 states an onset. */
function localOnset(tr: Transition): LocalOnset {
  const d = new Date(tr.at + tr.from);
  return {
    date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
  };
}

function ruleDate(rule: YearlyRule, year: number): CivilDate {
  if (rule.nth === -1) {
    const last = daysInMonth(year, rule.month);
    const lastWeekday = isoWeekday({ year, month: rule.month, day: last });
    return { year, month: rule.month, day: last - mod(lastWeekday - rule.weekday, 7) };
  }
  const firstWeekday = isoWeekday({ year, month: rule.month, day: 1 });
  return { year, month: rule.month, day: 1 + mod(rule.weekday - firstWeekday, 7) + 7 * (rule.nth - 1) };
}

/**
 * Does the zone really change from `tr.from` to `tr.to` at this rule's onset in `year`?
 * Two offset probes per year, so a full 28-year calendar cycle is cheap to check.
 */
function ruleHoldsIn(rule: YearlyRule, time: LocalOnset['time'], tr: Transition, timeZone: string, year: number): boolean {
  const date = ruleDate(rule, year);
  const onsetInstant = Date.UTC(year, date.month - 1, date.day, time.hour, time.minute, time.second) - tr.from;
  return zoneOffsetMs(onsetInstant - MINUTE_MS, timeZone) === tr.from && zoneOffsetMs(onsetInstant, timeZone) === tr.to;
}

/** An "nth/last weekday of month" rule that reproduces this change in the following years, if any. */
function findRule(tr: Transition, timeZone: string, year: number): YearlyRule | null {
  const onset = localOnset(tr);
  const { month, day } = onset.date;
  const weekday = isoWeekday(onset.date);
  const candidates: YearlyRule[] = [];
  // "Last" first: when both fit (e.g. the 25th of a 31-day month) it is the usual legal wording.
  if (day + 7 > daysInMonth(onset.date.year, month)) candidates.push({ month, weekday, nth: -1 });
  const nth = Math.ceil(day / 7);
  if (nth <= 4) candidates.push({ month, weekday, nth: nth as 1 | 2 | 3 | 4 });

  // One year's date fits several wordings (Israel's "Friday before the last Sunday" looks like
  // "4th Friday" most years), so demand the rule hold for a whole weekday/leap-year cycle.
  return (
    candidates.find((rule) => {
      for (let y = year + 1; y <= year + RULE_CHECK_YEARS; y++) {
        if (!ruleHoldsIn(rule, onset.time, tr, timeZone, y)) return false;
      }
      return true;
    }) ?? null
  );
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, name: string | null, rrule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

// Intl only prints letter abbreviations a locale knows (en-CA has no "AEDT", en-AU has no "EST").
const TZNAME_LOCALES = ['en-CA', 'en-US', 'en-GB', 'en-AU'];

/** TZNAME is optional; include it only when some English locale has letters for it, not "GMT+11". */
function tzName(instant: number, timeZone: string): string | null {
  for (const locale of TZNAME_LOCALES) {
    const name = zoneAbbreviation(new Date(instant), timeZone, locale);
    if (/^[A-Z]{2,6}$/.test(name)) return name;
  }
  return null;
}

function kindOf(tr: Transition): 'STANDARD' | 'DAYLIGHT' {
  return tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD';
}

/**
 * A VTIMEZONE for `timeZone` describing the rules in force in the year of
 * `now`, stated as starting before `coverFromYear` so the event's first
 * DTSTART is covered. Zones whose changes are not "nth weekday of a month"
 * (or that change rules soon) get one observance per actual change instead.
 * Lines are returned unfolded; the caller folds the whole calendar once.
 */
export function vtimezoneLines(timeZone: string, coverFromYear: number, now: Date): string[] {
  const ruleYear = now.getUTCFullYear();
  const startYear = Math.min(coverFromYear, ruleYear) - 1;
  const transitions = transitionsInYear(timeZone, ruleYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];

  if (transitions.length === 0) {
    const offset = zoneOffsetMs(now, timeZone);
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset, tzName(now.getTime(), timeZone)));
    return [...lines, 'END:VTIMEZONE'];
  }

  const rules = transitions.map((tr) => findRule(tr, timeZone, ruleYear));
  if (rules.every((rule): rule is YearlyRule => rule !== null)) {
    transitions.forEach((tr, i) => {
      const rule = rules[i] as YearlyRule;
      const onset = localOnset(tr);
      const start = localDateTime(ruleDate(rule, startYear), onset.time, onset.time.second);
      const rrule = `FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.nth}${icsWeekday(rule.weekday)}`;
      lines.push(...observance(kindOf(tr), start, tr.from, tr.to, tzName(tr.at, timeZone), rrule));
    });
    return [...lines, 'END:VTIMEZONE'];
  }

  // Irregular zone: list every change in a bounded window, after a base observance covering earlier dates.
  const firstYear = Math.max(startYear, ruleYear - FALLBACK_YEARS_BACK);
  const baseInstant = Date.UTC(firstYear, 0, 1);
  const baseOffset = zoneOffsetMs(baseInstant, timeZone);
  lines.push(...observance('STANDARD', '19700101T000000', baseOffset, baseOffset, tzName(baseInstant, timeZone)));
  for (let year = firstYear; year <= ruleYear + FALLBACK_YEARS_AHEAD; year++) {
    for (const tr of transitionsInYear(timeZone, year)) {
      const onset = localOnset(tr);
      lines.push(...observance(kindOf(tr), localDateTime(onset.date, onset.time, onset.time.second), tr.from, tr.to, tzName(tr.at, timeZone)));
    }
  }
  return [...lines, 'END:VTIMEZONE'];
}
