// A realistic mix of searches, every address different: what a burst of
// visitors asks when each types their own words, town and filters. A shared
// cache answers a repeated address without the app (decision 035), so this
// mode measures the search itself, not the cache.
import autocannon from 'autocannon';
import { TOPICS } from '../../prisma/seed/topics.ts';
import { SEED_TOWNS } from '../../lib/geo/towns.ts';
import { createRng } from '../../prisma/seed/random.ts';
import { summarize } from './stats.ts';

const WORDS = [...new Set(TOPICS.flatMap((t) => [t.name.toLowerCase(), ...t.keywords]))];
// Everyday phrasings the vocabulary reads (concepts), and typos.
const PHRASES = ['my husband drinks', 'lost my mother', 'new mom', 'caring for my dad', 'anxiety attacks', 'groupe de deuil', 'alchohol', 'depresion', 'grief support', 'chronic pain'];
const FILTERS = ['', '', '', 'attendance=online', 'day=tue', 'time=evening', 'cost=free', 'access=wheelchair', 'soon=1', 'leadership=member-led', 'attendance=in-person&day=sat'];
const RADII = ['10', '25', '50', '100'];

/** `count` distinct query strings, the same ones on every run. */
export function mixedSearches(count: number, seed = 7): string[] {
  const r = createRng(seed);
  const rng = r.next;
  const pick = r.pick;
  const seen = new Set<string>();
  for (let tries = 0; seen.size < count && tries < count * 50; tries++) {
    const p = new URLSearchParams();
    const kind = rng();
    // About a third words alone, a third words near a town, a sixth a town alone, the rest filters alone.
    if (kind < 0.67) p.set('q', rng() < 0.3 ? pick(PHRASES) : pick(WORDS));
    if (kind >= 0.33 && kind < 0.84) {
      p.set('where', pick(SEED_TOWNS).name);
      p.set('radius', pick(RADII));
    }
    for (const [k, v] of new URLSearchParams(pick(FILTERS))) p.append(k, v);
    if (rng() < 0.15) p.set('page', String(2 + Math.floor(rng() * 3)));
    if (!p.size) continue;
    seen.add(p.toString());
  }
  return [...seen];
}

/** Like loadTest, but each request takes the next address of the mix. */
export async function mixedLoadTest(base: string, searches: string[], seconds: number, connections: number) {
  const times: number[] = [];
  let next = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ setupRequest: (req) => ({ ...req, path: `/groups?${searches[next++ % searches.length]}` }) }],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`mixed searches: ${result.non2xx} answers that were not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { ...summarize(times), rps: times.length / seconds, distinct: Math.min(next, searches.length), requests: next };
}
