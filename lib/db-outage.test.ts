import { describe, expect, it } from 'vitest';
import { databaseUnavailable, isOutageError, noteConnectionFailure, noteConnectionSuccess, setOutageProbe } from './db-outage.ts';

const err = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('what counts as the database being away', () => {
  it('refused or cut connections and PostgreSQL shutting down or starting up do; a full pool or a bad query do not', () => {
    for (const e of [err('ECONNREFUSED'), err('57P01'), err('57P03'), new Error('Connection terminated unexpectedly')]) expect(isOutageError(e)).toBe(true);
    for (const e of [new Error('timeout exceeded when trying to connect'), err('42601'), err('23505'), null, 'ECONNREFUSED']) expect(isOutageError(e)).toBe(false);
  });
});

describe('pages while the database is away', () => {
  it('are refused until a probe answers, probing at most twice a second, and served again as soon as one does', async () => {
    noteConnectionSuccess();
    let probes = 0;
    let up = false;
    setOutageProbe(async () => {
      probes++;
      if (!up) throw err('ECONNREFUSED');
    });
    expect(await databaseUnavailable(1_000)).toBe(false);
    noteConnectionFailure(err('ECONNREFUSED'));
    expect(await databaseUnavailable(10_000)).toBe(true);
    expect(probes).toBe(1);
    // Within 500 ms of the last probe nobody probes again.
    expect(await databaseUnavailable(10_200)).toBe(true);
    expect(probes).toBe(1);
    up = true;
    expect(await databaseUnavailable(10_600)).toBe(false);
    expect(probes).toBe(2);
    expect(await databaseUnavailable(10_700)).toBe(false);
    expect(probes).toBe(2);
  });

  it('a query error that is not an outage leaves pages alone', async () => {
    noteConnectionSuccess();
    noteConnectionFailure(err('42601'));
    expect(await databaseUnavailable()).toBe(false);
  });
});
