// npm run build — always rebuilds the production bundle.
import { ensureBuild } from './lib/build.ts';

ensureBuild({ force: true });
