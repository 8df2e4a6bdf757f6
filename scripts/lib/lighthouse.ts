// Lighthouse, driven from Node, for scripts/audit-pages.ts.
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport, type Result } from 'lighthouse';

export const CATEGORIES = [
  { id: 'performance', label: 'perf' },
  { id: 'accessibility', label: 'a11y' },
  { id: 'best-practices', label: 'best' },
  { id: 'seo', label: 'seo' },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** The launch targets, as Lighthouse's 0–100 scores. */
export const TARGETS: Record<CategoryId, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export type PageScores = {
  scores: Partial<Record<CategoryId, number | null>>;
  /** Lighthouse's measure of this machine's speed during the run (higher is faster). */
  benchmarkIndex: number;
  /** Per category, the audits that cost it points: `id (score)`. */
  failing: Partial<Record<CategoryId, string[]>>;
};

/** The system Chromium when there is one (as the e2e tests use), else Playwright's own. */
async function chromiumPath(): Promise<string> {
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
  if (system) return system;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

export async function launchChromium() {
  // chrome-launcher's defaults already turn off background networking,
  // component and extension updates, sync and first-run prompts.
  return chromeLauncher.launch({ chromePath: await chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox'], logLevel: 'silent' });
}

function summarize(lhr: Result): PageScores {
  const out: PageScores = { scores: {}, failing: {}, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
  for (const { id } of CATEGORIES) {
    const cat = lhr.categories[id];
    out.scores[id] = cat?.score == null ? null : Math.round(cat.score * 100);
    // Performance lists the audits that score under 90; the others, every audit that fails.
    const bar = id === 'performance' ? 0.9 : 1;
    out.failing[id] = (cat?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < bar && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
      .map((a) => `${a!.id} (${Math.round((a!.score ?? 0) * 100)})`);
  }
  return out;
}

/**
 * Audits `url` `runs` times with the default (mobile) settings; keeps and
 * returns the run with the median performance score. Writes
 * `<outBase>.report.json` and `<outBase>.report.html`.
 */
// Lighthouse's error reporting (Sentry) is a CLI option that is off unless
// asked for; nothing here asks, so a run sends nothing and needs no network.
export async function auditPage(port: number, url: string, runs: number, outBase: string): Promise<PageScores> {
  const results: Result[] = [];
  for (let i = 0, retried = false; i < runs; i++) {
    const res = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES.map((c) => c.id) });
    const error = res ? res.lhr.runtimeError?.message : 'no result';
    // A trace that failed to record (NO_NAVSTART, NO_FCP) on a busy machine
    // says "run Lighthouse again": once.
    if (error && !retried) {
      retried = true;
      i--;
      continue;
    }
    if (error || !res) throw new Error(`Lighthouse could not audit ${url}: ${error}`);
    results.push(res.lhr);
  }
  results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const lhr = results[Math.floor(results.length / 2)]!;
  fs.writeFileSync(`${outBase}.report.json`, JSON.stringify(lhr, null, 2));
  fs.writeFileSync(`${outBase}.report.html`, generateReport(lhr, 'html'));
  return summarize(lhr);
}
