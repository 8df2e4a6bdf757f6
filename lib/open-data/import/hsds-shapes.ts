// The parts of an HSDS 3.0 service this directory reads, as zod schemas with
// the specification's types: a wrong type is reported with its path instead
// of being coerced. Everything else in a document is allowed and ignored.
import { z } from 'zod';

const text = z.string().nullish();
const number = z.number().nullish();

export const hsdsSchedule = z.looseObject({
  id: text,
  freq: text,
  interval: number,
  byday: text,
  dtstart: text,
  valid_from: text,
  until: text,
  valid_to: text,
  // The specification types it as a number (a UTC offset); zone names are read too.
  timezone: z.union([z.number(), z.string()]).nullish(),
  opens_at: text,
  closes_at: text,
  attending_type: text,
  description: text,
  notes: text,
});

const address = z.looseObject({ address_1: text, address_2: text, city: text, region: text, state_province: text, postal_code: text, country: text, address_type: text });

export const hsdsLocation = z.looseObject({
  id: text,
  location_type: text,
  url: text,
  name: text,
  description: text,
  latitude: number,
  longitude: number,
  addresses: z.array(address).nullish(),
  accessibility: z.array(z.looseObject({ description: text, details: text })).nullish(),
  schedules: z.array(hsdsSchedule).nullish(),
});

const term = z.looseObject({ code: text, name: text });

export const hsdsService = z.looseObject({
  id: z.string().min(1, 'needs an id'),
  name: text,
  alternate_name: text,
  description: text,
  url: text,
  email: text,
  status: text,
  fees_description: text,
  phones: z.array(z.looseObject({ number: text })).nullish(),
  schedules: z.array(hsdsSchedule).nullish(),
  eligibility_description: text,
  service_at_locations: z
    .array(z.looseObject({ id: text, location: hsdsLocation.nullish(), schedules: z.array(hsdsSchedule).nullish(), phones: z.array(z.looseObject({ number: text })).nullish() }))
    .nullish(),
  languages: z.array(z.looseObject({ name: text, code: text })).nullish(),
  cost_options: z.array(z.looseObject({ amount: number, option: text, amount_description: text })).nullish(),
  attributes: z.array(z.looseObject({ taxonomy_term: term.nullish() })).nullish(),
  organization: z.looseObject({ id: text, name: text, description: text, website: text, email: text }).nullish(),
});

export type HsdsService = z.output<typeof hsdsService>;
export type HsdsSchedule = z.output<typeof hsdsSchedule>;
export type HsdsLocation = z.output<typeof hsdsLocation>;
