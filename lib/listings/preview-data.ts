// A listing in the public page's shape whatever its status, so staff can see
// a draft as the public will. Staff-only fields are left out, as publicly.
import 'server-only';
import { db } from '../db.ts';
import type { GroupDetail } from './group-detail.ts';
import { editableGroupSelect } from './editor-data.ts';

export async function getGroupPreview(id: string): Promise<(GroupDetail & { status: string }) | null> {
  if (id.length > 40) return null;
  const row = await db.group.findUnique({
    where: { id },
    select: {
      id: true, slug: true, name: true, summary: true, description: true, whoMayAttend: true, leadership: true, languages: true,
      costKind: true, costDescription: true, accessibilityFeatures: true, accessibilityNotes: true, phone: true, email: true,
      website: true, lastVerifiedAt: true, status: true,
      organization: { select: { name: true, description: true, website: true, email: true, phone: true } },
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
      meetings: editableGroupSelect.meetings,
    },
  });
  if (!row) return null;
  return { ...row, topics: row.topics.map((t) => t.topic) };
}
