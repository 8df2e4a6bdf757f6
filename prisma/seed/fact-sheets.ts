// Loads the fact sheets kept as Markdown in prisma/seed/fact-sheets/.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../lib/db-client.ts';
import { parseFactSheetFile } from '../../lib/fact-sheets/front-matter.ts';
import type { FactSheetAudience } from '../../lib/generated/prisma/enums.ts';

export const FACT_SHEET_DIR = path.join(import.meta.dirname, 'fact-sheets');

const AUDIENCE: Record<string, FactSheetAudience> = { public: 'PUBLIC', professionals: 'PROFESSIONALS', 'group-leaders': 'GROUP_LEADERS' };

export function readFactSheetFiles() {
  return fs
    .readdirSync(FACT_SHEET_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseFactSheetFile(fs.readFileSync(path.join(FACT_SHEET_DIR, f), 'utf8')));
}

export async function seedFactSheets(db: Db, publishedAt = new Date()) {
  const sheets = readFactSheetFiles();
  for (const { meta, body } of sheets) {
    await db.factSheet.create({
      data: {
        slug: meta.slug,
        title: meta.title,
        summary: meta.summary,
        audience: AUDIENCE[meta.audience] ?? 'PUBLIC',
        body,
        status: 'PUBLISHED',
        related: meta.related,
        topicSlugs: meta.topics,
        publishedAt,
        revisions: { create: { title: meta.title, summary: meta.summary, body, authorLabel: 'Loaded with the directory' } },
      },
    });
  }
  return sheets.length;
}
