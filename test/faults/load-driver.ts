/**
 * A closed-loop HTTP load of several kinds of call at once: each connection sends its kind's next request as soon
 * as the last reply is read, and every reply's status and latency is kept by kind. Written here rather than with
 * autocannon (used by the benchmarks): several autocannon instances in one process starve each other (measured: a
 * second instance got no reply at all while a first held 140 connections), and one instance cannot tell which
 * kind of request a reply answers.
 */
import { Agent, request } from 'node:http';

/** One request: path, headers and body. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What one kind of call measured. */
export interface KindResult {
  /** Latency of each reply (ms), in order. */
  latencies: number[];
  /** Replies by HTTP status. */
  statuses: Record<number, number>;
  /** Connections that failed (reset, refused) and requests with no reply within the timeout. */
  errors: number;
  timeouts: number;
}

/** Holds `connections[kind]` connections of each kind for `seconds`, each building its requests with `next[kind]`. */
export async function closedLoopLoad<K extends string>(
  url: string,
  connections: Record<K, number>,
  next: Record<K, () => LoadRequest>,
  seconds: number,
  timeoutMs = 10_000,
): Promise<Record<K, KindResult>> {
  const { hostname, port } = new URL(url);
  const deadline = performance.now() + seconds * 1000;
  const results = {} as Record<K, KindResult>;
  const loops: Promise<void>[] = [];
  for (const kind of Object.keys(connections) as K[]) {
    const result: KindResult = { latencies: [], statuses: {}, errors: 0, timeouts: 0 };
    results[kind] = result;
    const agent = new Agent({ keepAlive: true, maxSockets: connections[kind] });
    const once = (): Promise<void> =>
      new Promise((resolve) => {
        const { path, headers, body } = next[kind]();
        const started = performance.now();
        const req = request(
          {
            hostname,
            port,
            path,
            method: 'POST',
            agent,
            headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              result.latencies.push(performance.now() - started);
              const status = res.statusCode ?? 0;
              result.statuses[status] = (result.statuses[status] ?? 0) + 1;
              resolve();
            });
          },
        );
        req.setTimeout(timeoutMs, () => {
          result.timeouts++;
          req.destroy(new Error('timeout'));
        });
        req.on('error', (err) => {
          if (err.message !== 'timeout') result.errors++;
          resolve();
        });
        req.end(body);
      });
    const kindLoops = Array.from({ length: connections[kind] }, async () => {
      while (performance.now() < deadline) await once();
    });
    loops.push(Promise.all(kindLoops).then(() => agent.destroy()));
  }
  await Promise.all(loops);
  return results;
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}
