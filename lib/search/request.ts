// The results page's metadata and body both need the parsed search: React's
// request cache parses each URL once per request. Keyed on the canonical
// query string, since the two may receive different params objects.
import { cache } from 'react';
import { parseSearchParams } from './schema.ts';

type RawParams = Record<string, string | string[] | undefined>;

const parseQueryString = cache((query: string) => {
  const params: RawParams = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const prev = params[k];
    params[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return parseSearchParams(params);
});

export function readSearch(params: RawParams): ReturnType<typeof parseSearchParams> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, one);
  return parseQueryString(query.toString());
}
