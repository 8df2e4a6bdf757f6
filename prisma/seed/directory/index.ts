// The seeded directory: one readable row per fictional group, split by
// theme. The seed writes exactly these rows; tests take their counts from
// here rather than from numbers copied into them.
import { ADDICTIONS_MENTAL_HEALTH } from './addictions-mental-health.ts';
import { BEREAVEMENT } from './bereavement.ts';
import { COMMUNITY } from './community.ts';
import { FAMILY } from './family.ts';
import { HEALTH } from './health.ts';
import { PEOPLE } from './people.ts';
import type { DirectoryRow } from './types.ts';

export type { DirectoryRow } from './types.ts';
export { groupFromRow } from './build.ts';

export const DIRECTORY: readonly DirectoryRow[] = [...BEREAVEMENT, ...ADDICTIONS_MENTAL_HEALTH, ...HEALTH, ...FAMILY, ...PEOPLE, ...COMMUNITY];

export const DIRECTORY_COUNT = DIRECTORY.length;
