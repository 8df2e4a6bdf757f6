import 'server-only';
// One statement under planner settings that hold for it alone, in one
// round trip (decision 042).
//
// BEGIN; SET LOCAL …, the statement, then COMMIT took three round trips, and
// on this machine each costs the server 0.1–0.2 ms of CPU in socket calls
// alone: "anxiety" near Toronto spent 8 of its page's 18 round trips on
// the transactions. In
// PostgreSQL's extended protocol every message up to a Sync runs in one
// implicit transaction, so this query writes, in one go, a statement that
// sets the settings with set_config(…, is_local => true) and then the
// statement itself, its values still bound parameters. The settings are
// read when the statement is planned (at Bind, after they are set) and end
// with the transaction at Sync; an error anywhere rolls the whole back.
import pg from 'pg';
import type { Connection } from 'pg';

/** Planner settings by name, e.g. { enable_seqscan: 'off' }: fixed text in the code, never input. */
export type PlannerSettings = Readonly<Record<string, string>>;

const SET_THEM = 'SELECT set_config(s.name, s.value, true) FROM unnest($1::text[], $2::text[]) AS s(name, value)';

// pg's own extended-protocol messages, which its types leave out.
type Wire = Connection & {
  parse(m: { text: string; name: string; types: number[] }): void;
  bind(m: { portal: string; statement: string; values: string[] }): void;
  describe(m: { type: 'P'; name: string }): void;
  execute(m: { portal: string; rows: number }): void;
};

class QueryUnderSettings extends pg.Query {
  constructor(
    private readonly settings: PlannerSettings,
    text: string,
    values: unknown[],
    callback: (err: Error | undefined, result: unknown) => void,
  ) {
    // Extended even without values: the simple protocol would skip prepare().
    // (pg reads queryMode; its types do not list it.)
    super({ text, values, queryMode: 'extended' } as pg.QueryConfig, callback as never);
  }

  /** Called by pg with the stream corked: these messages and the statement's leave in one write. */
  prepare(connection: Wire) {
    connection.parse({ text: SET_THEM, name: '', types: [] });
    connection.bind({ portal: '', statement: '', values: [textArray(Object.keys(this.settings)), textArray(Object.values(this.settings))] });
    connection.describe({ type: 'P', name: '' });
    connection.execute({ portal: '', rows: 0 });
    // pg's own: Parse, Bind, Describe, Execute and Sync for the statement.
    (pg.Query.prototype as unknown as { prepare(c: Wire): void }).prepare.call(this, connection);
  }
}

// A text[] parameter in PostgreSQL's array syntax, each element quoted.
function textArray(items: string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** The rows of `text` run on `client` under `settings`, in one round trip. */
export function queryUnderSettings<T>(client: pg.PoolClient, settings: PlannerSettings, text: string, values: unknown[]): Promise<T[]> {
  return new Promise((resolve, reject) => {
    client.query(
      new QueryUnderSettings(settings, text, values, (err, result) => {
        if (err) return reject(err);
        // Two results: the settings' rows, then the statement's.
        const results = result as pg.QueryResult | pg.QueryResult[];
        resolve((Array.isArray(results) ? results[results.length - 1]! : results).rows as T[]);
      }) as never,
    );
  });
}
