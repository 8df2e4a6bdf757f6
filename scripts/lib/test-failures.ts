// The tests that failed, named from the JSON reports vitest and Playwright
// write, one line each with the start of the reason: `npm test` prints
// them above its totals, where the end of a long CI log still shows them.
import path from 'node:path';

export type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] | null }[] }[];
};

type PlaywrightSuite = {
  file?: string;
  specs?: { title: string; line: number; ok: boolean; tests?: { results?: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};
export type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] };

/**
 * The start of a reason, on one line, without terminal colours: its first
 * lines up to 300 characters, since some errors name only their kind on the
 * first ("PrismaClientKnownRequestError:") and the cause a few lines on.
 */
export function reasonStart(text: string | null | undefined): string {
  const plain = (text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').map((l) => l.trim()).filter(Boolean);
  let out = '';
  for (const line of lines.slice(0, 4)) {
    if (out.length >= 120) break;
    out = out ? `${out} ${line}` : line;
  }
  return out.slice(0, 300);
}

export function vitestFailures(report: VitestReport | null, root: string): string[] {
  const out: string[] = [];
  for (const file of report?.testResults ?? []) {
    const where = path.relative(root, file.name);
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) out.push(`vitest ${where} › ${a.fullName} — ${reasonStart(a.failureMessages?.[0])}`);
    // A file that failed outside any test (a hook, an import) names itself.
    if (file.status === 'failed' && failed.length === 0) out.push(`vitest ${where} — ${reasonStart(file.message)}`);
  }
  return out;
}

export function playwrightFailures(report: PlaywrightReport | null): string[] {
  const out: string[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    const here = suite.file ?? file;
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue;
      const reason = spec.tests?.flatMap((t) => t.results ?? []).find((r) => r.error?.message)?.error?.message;
      out.push(`playwright ${here}:${spec.line} › ${spec.title} — ${reasonStart(reason)}`);
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report?.suites ?? []) walk(suite, '');
  return out;
}
