// Once per run of the tests that need real server processes: the production
// bundle, built only when the sources changed since the last build (the same
// check `npm start` makes), so `npm test`'s end-to-end step reuses it.
import { ensureBuild } from '../../scripts/lib/build.ts';

export default function setup() {
  ensureBuild({ log: (s) => console.log(`[build] ${s}`) });
}
