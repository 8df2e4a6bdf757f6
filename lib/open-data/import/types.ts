// What every import source (HSDS JSON, the tabular zip, a listings CSV) is
// turned into before planning: one record per listing, in the listing
// editor's own form values, so the editor's zod schemas judge it.
import type { GroupFormValues } from '../../listings/schema.ts';
import type { MeetingFormValues } from '../../listings/meeting-schema.ts';

export const IMPORT_FORMATS = ['hsds-json', 'hsds-zip', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type GroupFields = Omit<GroupFormValues, 'meetings' | 'topicIds'>;

/** The organization a service belongs to: matched to one in the directory by name, or added. */
export type OrganizationFields = { name: string; description: string; website: string | null; email: string | null };

export type SourceRecord = {
  /** Where the row is in the upload, in words: "service 2 (contents[1])", "line 4". */
  ref: string;
  /** The HSDS service id, or a CSV's id column: the listing's stable identity. */
  externalId: string | null;
  /** Only the fields the source gives; the rest keep the listing's values (or the editor's defaults). */
  fields: Partial<GroupFields>;
  /** Topic names or slugs that must be directory topics (a CSV's topics column). */
  topics: string[];
  /** Taxonomy terms of other vocabularies: used when they name a topic, otherwise noted. */
  terms: { code: string; name: string }[];
  /** null when the source names none: an update keeps the listing's. */
  organization: OrganizationFields | null;
  /** null when the source says nothing about meetings: an update keeps the listing's. */
  meetings: MeetingFormValues[] | null;
  /** Reasons the row cannot be imported as it is. */
  problems: string[];
  /** What was left out or read loosely, shown beside the row. */
  notes: string[];
};

/** A reason a whole upload was refused, with where it is when known. */
export type DocumentProblem = { where: string; reason: string };

export type ParsedUpload =
  | { ok: true; format: ImportFormat; records: SourceRecord[]; notes: string[] }
  | { ok: false; problems: DocumentProblem[] };

export function emptyRecord(ref: string, externalId: string | null = null): SourceRecord {
  return { ref, externalId, fields: {}, topics: [], terms: [], organization: null, meetings: null, problems: [], notes: [] };
}
