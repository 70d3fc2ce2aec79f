// The part of autocannon's API the benchmarks and the load test use (the package ships no typings).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  namespace autocannon {
    interface RequestSpec {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (req: RequestSpec) => RequestSpec;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      /** Seconds without a reply before a request counts as a timeout (default 10). */
      timeout?: number;
      requests?: RequestSpec[];
    }
    interface Result {
      requests: { average: number; total: number };
      latency: { p50: number; p99: number; average: number; max: number };
      non2xx: number;
      errors: number;
      timeouts: number;
      /** Replies per HTTP status. */
      statusCodeStats: Record<string, { count: number }>;
    }
    /** A running load: emits 'response' (client, status, bytes, ms) per reply, and resolves to its result. */
    interface Instance extends EventEmitter, PromiseLike<Result> {
      on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): this;
      stop(): void;
    }
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
