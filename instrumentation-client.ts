// Runs in the browser before the app starts. Zod (the forms' schemas run in
// the browser too) probes `new Function` to compile its checks; the site's
// content security policy has no 'unsafe-eval' (docs/decisions/027), so the
// browser would report that probe as a violation on every page with a form.
// Without the probe Zod interprets its schemas, which for one form is as fast.
import { config } from 'zod/v4/core';

config({ jitless: true });
