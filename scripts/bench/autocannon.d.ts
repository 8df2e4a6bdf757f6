// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (req: Request) => Request };
  type Options = { url: string; connections: number; duration: number; headers?: Record<string, string>; requests?: Request[] };
  type Result = { non2xx: number; errors: number; timeouts: number };
  type Instance = PromiseLike<Result> & { on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
  export default function autocannon(opts: Options): Instance;
}
