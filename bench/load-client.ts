/**
 * A closed-loop HTTP load generator on Node's own client (llhttp, in C), run as a child process by
 * bench/load.ts: `connections` loops each send a request, read the whole answer, and send the next, for
 * `seconds`. Prints one JSON line with the request rate, latency percentiles and failures.
 *
 * Why not autocannon alone: it parses answers with http-parser-js, in JavaScript, which on this 2-core
 * machine tops out at about 310 answers per second for a 230 KB compressed body (a bare server with a
 * fixed random body: 314/s, p99 297 ms), far below what the server sends. bench/load.ts reports both.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers outside 2xx (and other than `expectedStatus`), plus network errors. */
  failures: number;
  statuses: Record<number, number>;
}

function once(agent: Agent, options: LoadOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      options.url,
      { agent, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let failures = 0;
  const start = performance.now();
  const end = start + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      try {
        const status = await once(agent, options);
        latencies.push(performance.now() - sent);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status < 200 || status >= 400) failures++;
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? 0,
    failures,
    statuses,
  };
}

if (process.argv[2]) {
  const result = await runLoad(JSON.parse(process.argv[2]) as LoadOptions);
  console.log(JSON.stringify(result));
}
