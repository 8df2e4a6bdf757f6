// Runs in the browser before the app starts. Zod (the forms' schemas run in
// the browser too) probes `new Function` to compile its checks; the site's
// content security policy has no 'unsafe-eval' (docs/decisions/027), so the
// browser would report that probe as a violation on every page with a form.
// Zod keeps its settings on `globalThis.__zod_globalConfig`, shared by every
// copy of Zod on the page and read when Zod loads; setting `jitless` there
// (rather than through `z.config`) keeps Zod off pages that have no form.
// tests/unit/zod-in-browser.test.ts checks that Zod still reads it.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

const g = globalThis as ZodGlobal;
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });

// A module, so the test can import it.
export {};
