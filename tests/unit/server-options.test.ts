// The Node options a production server runs with, the same whichever way an
// operator starts it: `npm start` (one process or a cluster), the container
// image, or the command docs/deploy.md gives for an instance.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serverArgs, serverNodeOptions, YOUNG_GENERATION } from '../../scripts/lib/build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const saved = process.env.WEB_CONCURRENCY;
afterEach(() => {
  if (saved === undefined) delete process.env.WEB_CONCURRENCY;
  else process.env.WEB_CONCURRENCY = saved;
});

describe('production server options', () => {
  it('npm start gives one process and a cluster the same options, the young generation among them', () => {
    process.env.WEB_CONCURRENCY = '1';
    const one = serverArgs(3000);
    process.env.WEB_CONCURRENCY = '2';
    const several = serverArgs(3000);
    expect(serverNodeOptions()).toContain(YOUNG_GENERATION);
    expect(one.slice(0, serverNodeOptions().length)).toEqual(serverNodeOptions());
    expect(several.slice(0, serverNodeOptions().length)).toEqual(serverNodeOptions());
    expect(several.some((a) => a.endsWith('serve.mjs'))).toBe(true);
  });

  it('the container image and the documented instance command start Node as npm start does', () => {
    const cmd = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').split('\n').find((l) => l.startsWith('CMD '));
    expect(JSON.parse(cmd!.slice(4))).toEqual(['node', '--import', './scripts/peer-address.mjs', YOUNG_GENERATION, 'server.js']);
    const deploy = fs.readFileSync(path.join(root, 'docs/deploy.md'), 'utf8');
    expect(deploy).toContain(`node --import ./scripts/peer-address.mjs ${YOUNG_GENERATION} node_modules/next/dist/bin/next start`);
  });
});
