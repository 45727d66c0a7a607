// Summary-card render time: p50/p95 of warm renders of /api/regions/{slug}/summary.png for each
// size, through HTTP against `next start` (started here from the last build unless
// BENCH_BASE_URL names a running server). Every request is a full render: no If-None-Match is
// sent, and each asks with another Host header, which the card prints, so the server's cache of
// rendered cards (one per data version and printed URL) never answers. Prints figures; asserts nothing.
// Run: npx tsx bench/card.ts [--quick]
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { CARD_SIZE_NAMES, type CardSize } from '../lib/cards/sizes';
import { OBLAST_SLUGS } from '../lib/oblasts';
import { startServer, stopServer, type RunningServer } from '../scripts/support/next-server';

export const CARD_RENDER_TARGET_MS = 300;

export interface CardBenchRow {
  size: CardSize;
  renders: number;
  p50: number;
  p95: number;
  /** The server's CPU time a render (all its threads), when it runs on this machine: on a shared
   *  machine wall time includes waiting for other processes, CPU time does not. */
  cpuMs: number | null;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ownCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks are 1/100 s on Linux
}

/** utime + stime in ms of a process and its live children (the card renderer), from /proc (Linux); null elsewhere. */
function cpuMsOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children].reduce((ms, p) => ms + ownCpuMs(p), 0);
  } catch {
    return null;
  }
}

let hostCounter = 0;

/** A GET with its own Host header (fetch will not send one), timed to the last byte. */
function render(url: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: `card-bench-${++hostCounter}.example` } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => (res.statusCode === 200 && bytes > 0 ? resolve(performance.now() - started) : reject(new Error(`${url} answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function benchCard(baseUrl: string, options: { renders?: number; warmup?: number; pid?: number } = {}): Promise<CardBenchRow[]> {
  const renders = options.renders ?? 30;
  const warmup = options.warmup ?? 3;
  const rows: CardBenchRow[] = [];
  for (const size of CARD_SIZE_NAMES) {
    const urls = OBLAST_SLUGS.map((slug) => `${baseUrl}/api/regions/${slug}/summary.png?size=${size}`);
    for (let i = 0; i < warmup; i += 1) for (const url of urls) await render(url);
    const cpuBefore = cpuMsOf(options.pid);
    const times: number[] = [];
    // One request at a time, cycling through the regions: the render time, not queueing.
    for (let i = 0; i < renders; i += 1) times.push(await render(urls[i % urls.length]));
    const cpuAfter = cpuMsOf(options.pid);
    times.sort((a, b) => a - b);
    rows.push({
      size,
      renders,
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      cpuMs: cpuBefore !== null && cpuAfter !== null ? Math.round((cpuAfter - cpuBefore) / renders) : null,
    });
  }
  return rows;
}

async function main() {
  const quick = process.argv.includes('--quick');
  let server: RunningServer | undefined;
  const baseUrl = process.env.BENCH_BASE_URL ?? (server = await startServer()).baseUrl;
  try {
    const rows = await benchCard(baseUrl, { renders: quick ? 12 : 40, pid: server?.child.pid });
    for (const r of rows) {
      const verdict = r.p50 <= CARD_RENDER_TARGET_MS ? 'PASS' : 'FAIL';
      console.log(
        `card ${r.size.padEnd(9)} p50 ${String(r.p50).padStart(4)} ms  p95 ${String(r.p95).padStart(4)} ms  ` +
          `${r.cpuMs === null ? '' : `server cpu ${String(r.cpuMs).padStart(4)} ms/render  `}(${r.renders} renders; target p50 ≤ ${CARD_RENDER_TARGET_MS} ms: ${verdict})`,
      );
    }
  } finally {
    await stopServer(server);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
