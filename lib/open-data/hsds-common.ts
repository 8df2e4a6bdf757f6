// What every HSDS mapping shares: the object type, dropping empty fields,
// the URI and email checks the schemas ask for, and a meeting's ids. Pure.
import { childId, organizationId, ownOrganizationId, serviceAtLocationId, serviceId } from './ids.ts';
import type { OpenGroup, OpenMeeting } from './source.ts';

/** An HSDS object: JSON with no null values (the schemas allow none). */
export type Hsds = { [key: string]: string | number | boolean | Hsds | Hsds[] | undefined };

/** Drops the fields with no value, since HSDS types have no null. */
export function compact<T extends Record<string, unknown>>(o: T): Hsds {
  const out: Hsds = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v as Hsds[string];
  return out;
}

/** An http(s) address in its normalised form, or undefined (the schemas want a URI). */
export function webUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** A plausible email address, or undefined. */
export function emailAddress(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : undefined;
}

export type Ids = { service: string; sal: string; location: string; organization: string };

export function idsOf(g: OpenGroup, m: OpenMeeting): Ids {
  const service = serviceId(g.id, g.externalId);
  const sal = serviceAtLocationId(service, g.meetings.indexOf(m));
  return { service, sal, location: childId(sal, 'location'), organization: groupOrganizationId(g) };
}

export function groupOrganizationId(g: Pick<OpenGroup, 'id' | 'externalId' | 'organization'>): string {
  return g.organization ? organizationId(g.organization.name) : ownOrganizationId(serviceId(g.id, g.externalId));
}


/** A date as HSDS writes it: YYYY-MM-DD. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
