// The layering rules in eslint.config.mjs catch what they promise: a
// component importing a route's code, lib/ importing upward, and an import
// cycle. Import probes are linted as the content of an existing file.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering lint rules', () => {
  it('refuse a component that imports from app/', async () => {
    const ids = await ruleIdsFor('components/site-header.tsx', "import { submitReferralAction } from '@/app/refer/actions';\nexport const probe = submitReferralAction;\n");
    expect(ids).toContain('import/no-restricted-paths');
  });

  it('refuse lib/ importing a component or the seed', async () => {
    expect(await ruleIdsFor('lib/site.ts', "import { SiteHeader } from '@/components/site-header';\nexport const probe = SiteHeader;\n")).toContain('import/no-restricted-paths');
    expect(await ruleIdsFor('lib/site.ts', "import { TOPICS } from '@/prisma/seed/topics';\nexport const probe = TOPICS;\n")).toContain('import/no-restricted-paths');
  });

  it('refuse an import cycle', async () => {
    // Two real files that import each other (no-cycle reads the graph from disk).
    const dir = fs.mkdtempSync(path.join(root, 'lib', 'cycle-probe-'));
    try {
      const a = path.join(dir, 'a.ts');
      const b = path.join(dir, 'b.ts');
      fs.writeFileSync(a, "import { b } from './b';\nexport const a = () => b;\n");
      fs.writeFileSync(b, "import { a } from './a';\nexport const b = () => a;\n");
      const results = await eslint.lintFiles([a, b]);
      for (const r of results) expect(r.messages.map((m) => m.ruleId)).toContain('import/no-cycle');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a longer cycle that passes through the @/ alias', async () => {
    // Only node_modules and the generated client are left out of the graph
    // (import/ignore, decision 048); the project's own files, however they
    // are named in an import, still are in it.
    const dir = fs.mkdtempSync(path.join(root, 'lib', 'cycle-probe-'));
    const alias = `@/lib/${path.basename(dir)}`;
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), `import { b } from '${alias}/b';\nexport const a = () => b;\n`);
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c';\nexport const b = () => c;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), `import { a } from '${alias}/a';\nexport const c = () => a;\n`);
      const [result] = await eslint.lintFiles([path.join(dir, 'a.ts')]);
      expect(result?.messages.map((m) => m.ruleId)).toContain('import/no-cycle');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accept the same imports pointing down', async () => {
    const ids = await ruleIdsFor('components/site-header.tsx', "import { SITE } from '@/lib/site';\nexport const probe = SITE;\n");
    expect(ids.filter((id) => id.startsWith('import/'))).toEqual([]);
  });
}, 120_000);
