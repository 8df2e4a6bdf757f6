// Reads the small front-matter block at the top of a fact-sheet Markdown file:
// `key: value` lines and `[a, b]` lists between two `---` lines.
import { z } from 'zod';

export const factSheetMetaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  summary: z.string().min(1),
  audience: z.enum(['public', 'professionals', 'group-leaders']),
  related: z.array(z.string()).default([]),
  topics: z.array(z.string()).default([]),
});
export type FactSheetMeta = z.infer<typeof factSheetMetaSchema>;

export function parseFactSheetFile(text: string): { meta: FactSheetMeta; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('A fact sheet must start with a --- front-matter block');
  const fields: Record<string, string | string[]> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const kv = /^([a-z]+):\s*(.*)$/.exec(line.trim());
    if (!kv) continue;
    const [, key = '', raw = ''] = kv;
    const value = raw.trim();
    fields[key] = value.startsWith('[')
      ? value.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean)
      : value.replace(/^"(.*)"$/, '$1');
  }
  return { meta: factSheetMetaSchema.parse(fields), body: (match[2] ?? '').trim() + '\n' };
}
