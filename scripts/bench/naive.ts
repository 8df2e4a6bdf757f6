// The same searches done the naive way: ILIKE over the text columns and a
// haversine over every meeting, with no index to help. The benchmark's
// baseline.
import type { SearchFilters } from '../../lib/search/schema.ts';
import type { Origin } from '../../lib/search/sql.ts';

export function naiveSql(f: SearchFilters, origin: Origin | null): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where: string[] = [`g.status = 'PUBLISHED'`];
  const meet: string[] = ['m."groupId" = g.id'];
  if (f.q) {
    const words = f.q.replace(/["-]/g, ' ').split(/\s+/).filter((w) => w && w.toUpperCase() !== 'OR');
    for (const w of words) {
      values.push(`%${w}%`);
      const p = `$${values.length}`;
      where.push(`(g.name ILIKE ${p} OR g.summary ILIKE ${p} OR g.description ILIKE ${p} OR EXISTS (SELECT 1 FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE gt."groupId" = g.id AND t.name ILIKE ${p}))`);
    }
  }
  if (f.topics.length) {
    values.push(f.topics);
    where.push(`EXISTS (SELECT 1 FROM "GroupTopic" gt JOIN "Topic" t ON t.id = gt."topicId" WHERE gt."groupId" = g.id AND t.slug = ANY($${values.length}))`);
  }
  if (f.costs.length) where.push(`lower(g."costKind"::text) IN (${f.costs.map((c) => `'${c}'`).join(', ')})`);
  for (const a of f.access) where.push(`'${a}' = ANY(g."accessibilityFeatures")`);
  if (f.attendance.length) meet.push(`m.attendance IN ('ONLINE', 'HYBRID')`);
  if (f.days.length) meet.push(`m.weekdays && ARRAY[2]`);
  if (f.times.length) meet.push(`m."startTime" >= '17:00'`);
  let distance = 'NULL::float8';
  if (origin) {
    values.push(origin.lat, origin.lng, origin.radiusKm);
    const [la, lo, r] = [values.length - 2, values.length - 1, values.length].map((i) => `$${i}`);
    distance = `6371 * acos(least(1, cos(radians(${la})) * cos(radians(m.latitude)) * cos(radians(m.longitude) - radians(${lo})) + sin(radians(${la})) * sin(radians(m.latitude))))`;
    meet.push(`(m.attendance IN ('ONLINE', 'PHONE') OR ${distance} <= ${r})`);
  }
  const text = `
    SELECT g.id, count(*) OVER () AS total,
      (SELECT min(${distance}) FROM "Meeting" m WHERE ${meet.join(' AND ')}) AS d
    FROM "Group" g
    WHERE ${where.join(' AND ')} AND EXISTS (SELECT 1 FROM "Meeting" m WHERE ${meet.join(' AND ')})
    ORDER BY d NULLS LAST, g.name LIMIT 20 OFFSET ${(f.page - 1) * 20}`;
  return { text, values };
}
