// A box that scrolls sideways must be reachable by keyboard and named
// (components/ui/scroll-region.tsx). Whether it overflows depends on what it
// holds that day, so the browser tests' axe checks see the problem only
// some days: the staff System page failed once a queue row made its table
// wider than a phone. This reads every page and component instead.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : rel.endsWith('.tsx') ? [rel] : [];
  });

describe('boxes that scroll sideways', () => {
  it('are ScrollRegions, never a bare div', () => {
    const bare = [...sources('app'), ...sources('components')]
      .filter((f) => !f.endsWith('scroll-region.tsx'))
      .flatMap((f) => [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(/<div\b[^>]*\boverflow-x-auto\b/g)].map(() => f));
    expect(bare).toEqual([]);
  });
});
