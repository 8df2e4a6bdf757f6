// Stable HSDS identifiers (UUIDs) for the directory's rows, derived rather
// than stored (decision 029 and its amendment): a listing imported under a
// UUID republishes it, any other listing id (a cuid) maps to a name-based
// UUIDv5; meetings, topics and organizations derive theirs from what an
// import carries over (the service id and position, the slug, the name).
// Children that have no row of their own (a meeting's schedule and location,
// a group's phone, languages, cost option) hang off their parent's UUID, so
// an export, imported elsewhere with its top-level ids kept, exports again
// with the same ids. Pure: no database. The database derives the service,
// own-organization and service_at_location ids the same way so it can find
// a row by them (the hsds_id_lookup migration, decision 040); this file
// stays the reference, and tests/integration/open-data-ids.test.ts checks
// the two agree.
import crypto from 'node:crypto';
import { foldText } from '../fold.ts';

/** This directory's UUIDv5 namespace. Never change it: every published id follows from it. */
export const DIRECTORY_NAMESPACE = '5d0e3a52-7c1f-4f7e-9b9a-3f2a8c6e1d40';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/** RFC 9562 UUIDv5 (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new Error(`uuidV5: namespace must be a UUID, got ${JSON.stringify(namespace)}`);
  const hash = crypto.createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The kinds of row that have an id of their own in the database. */
export type RowKind = 'service' | 'service_at_location' | 'taxonomy_term' | 'organization';

/** The HSDS id of a database row: its own id when that is a UUID, else UUIDv5 of "<kind>/<id>". */
export function rowUuid(kind: RowKind, rowId: string): string {
  return isUuid(rowId) ? rowId.toLowerCase() : uuidV5(DIRECTORY_NAMESPACE, `${kind}/${rowId}`);
}

/**
 * A listing's service id: the HSDS id it was imported under when that is a
 * UUID (decision 029, amendment), so an imported directory republishes the
 * ids it was given; otherwise derived from its row id.
 */
export const serviceId = (groupId: string, externalId?: string | null) =>
  externalId && isUuid(externalId) ? externalId.toLowerCase() : rowUuid('service', groupId);

/**
 * A meeting is the n-th service_at_location of its service: its id hangs off
 * the service id and its place in the listing, which an import keeps, where
 * the meeting's row id (new in every database) would not.
 */
export const serviceAtLocationId = (serviceUuid: string, index: number) => childId(serviceUuid, `service_at_location/${index + 1}`);

/** A topic's term id follows its slug: the same in every database seeded with the same topics. */
export const taxonomyTermId = (topicSlug: string) => uuidV5(DIRECTORY_NAMESPACE, `taxonomy_term/${topicSlug}`);

/** An organization's id follows its folded name, the key the importer matches organizations by. */
export const organizationId = (name: string) => uuidV5(DIRECTORY_NAMESPACE, `organization/${foldText(name)}`);

/** An id for something that lives inside a parent record ("location", "phone", "language/fr"). */
export const childId = (parentUuid: string, part: string) => uuidV5(parentUuid, part);

/** A group that no organization sponsors is published as its own organization. */
export const ownOrganizationId = (serviceUuid: string) => childId(serviceUuid, 'organization');

/** The one taxonomy the directory publishes: its topics. */
export const TOPICS_TAXONOMY_ID = uuidV5(DIRECTORY_NAMESPACE, 'taxonomy/topics');
