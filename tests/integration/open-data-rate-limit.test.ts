// An app that polls the open data too fast is slowed down, with a clear
// answer saying when to come back, instead of taking the site down.
import { describe, expect, it } from 'vitest';
import { GET as info } from '../../app/api/hsds/route.ts';
import { OPEN_DATA_LIMIT } from '../../lib/open-data/http.ts';

describe('the open-data rate limit', () => {
  it(`answers ${OPEN_DATA_LIMIT.points} requests a minute from one address, then 429 with Retry-After and CORS`, async () => {
    const ask = () => info(new Request('http://localhost/api/hsds'));
    for (let i = 0; i < OPEN_DATA_LIMIT.points; i++) expect((await ask()).status, `request ${i + 1}`).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(OPEN_DATA_LIMIT.durationSeconds);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many/i);
  });
});
