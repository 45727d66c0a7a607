// POST /api/extract through HTTP against `next start`: the server time (its Server-Timing `total`,
// the handler from the first byte read to the body made) of a 10 KB article and of a 200 KB one,
// both real text (the seed article and the shipped corpus, in file order), and how long a GET of
// the map's data waits while 200 KB texts are checked back to back. Started here from the last
// build unless BENCH_BASE_URL names a running server (which must allow the requests: the bench's
// own server runs with CLAIMS_EXTRACT_PER_MINUTE raised). Prints figures; asserts nothing.
// Run: npx tsx bench/extract-api.ts [--quick]
import { readFileSync } from 'node:fs';
import { scanSeeds } from '../lib/documents';
import path from 'node:path';
import { startServer, stopServer, type RunningServer } from '../scripts/support/next-server';

export const EXTRACT_10KB_TARGET_MS = 50;
export const EXTRACT_200KB_TARGET_MS = 1000;
/** The bench makes far more requests than a client may (30 a minute); its server lifts the limit. */
export const BENCH_EXTRACT_ENV = { CLAIMS_EXTRACT_PER_MINUTE: '1000000' };

const ROOT = path.resolve(__dirname, '..');


/** Real article text of `bytes` (UTF-8) less at most 1 %, whole lines: the seed article, then the corpus. */
export function articleOf(bytes: number, seedsDir = path.join(ROOT, 'seeds')): string {
  let text = '';
  let size = 0;
  for (const { file } of scanSeeds(seedsDir).files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const add = Buffer.byteLength(line) + 1;
      if (size + add > bytes) continue; // a line too long for the room left; a shorter one may fit
      text += `${line}\n`;
      size += add;
      if (size >= bytes * 0.99) return text;
    }
  }
  return text;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function serverMs(base: string, text: string): Promise<{ server: number; roundTrip: number; claims: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/api/extract`, { method: 'POST', body: text, headers: { 'content-type': 'text/plain' } });
  const body = (await res.json()) as { claims?: unknown[]; error?: string };
  const roundTrip = performance.now() - started;
  if (!res.ok) throw new Error(`POST /api/extract answered ${res.status}: ${body.error}`);
  const total = /total;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  if (!total) throw new Error('POST /api/extract sent no Server-Timing total');
  return { server: Number(total[1]), roundTrip, claims: body.claims?.length ?? 0 };
}

export interface ExtractApiRow {
  what: string;
  figure: string;
  target: string;
  pass: boolean | null;
}

export async function benchExtractApi(base: string, options: { requests: number; seedsDir?: string }): Promise<ExtractApiRow[]> {
  const rows: ExtractApiRow[] = [];
  for (const [kb, target, requests] of [
    [10, EXTRACT_10KB_TARGET_MS, options.requests],
    [200, EXTRACT_200KB_TARGET_MS, Math.max(5, Math.round(options.requests / 10))],
  ] as const) {
    const text = articleOf(kb * 1024, options.seedsDir);
    for (let i = 0; i < 5; i++) await serverMs(base, text); // warm-up: the extractor's first run and the JIT
    const runs = [];
    for (let i = 0; i < requests; i++) runs.push(await serverMs(base, text));
    const server = runs.map((r) => r.server).sort((a, b) => a - b);
    const roundTrip = runs.map((r) => r.roundTrip).sort((a, b) => a - b);
    rows.push({
      what: `POST /api/extract, a ${kb} KB article (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB of the seed article and corpus, ${runs[0].claims} claims; ${requests} requests one at a time; round trip p50 ${percentile(roundTrip, 50).toFixed(0)} ms), server time`,
      figure: `p50 ${percentile(server, 50).toFixed(1)} ms, p95 ${percentile(server, 95).toFixed(1)} ms`,
      target: `p50 ≤ ${target} ms`,
      pass: percentile(server, 50) <= target,
    });
  }
  // What other readers feel: GETs of the map's data while 200 KB texts are checked back to back.
  const big = articleOf(200 * 1024, options.seedsDir);
  let checking = true;
  const checks = (async () => {
    let n = 0;
    while (checking) {
      await serverMs(base, big);
      n++;
    }
    return n;
  })();
  const waits: number[] = [];
  for (let i = 0; i < 40; i++) {
    const started = performance.now();
    await (await fetch(`${base}/api/regions?detail=low`)).arrayBuffer();
    waits.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 25));
  }
  checking = false;
  const checked = await checks;
  waits.sort((a, b) => a - b);
  rows.push({
    what: `GET /api/regions?detail=low while 200 KB texts are checked back to back (${waits.length} GETs during ${checked} checks)`,
    figure: `p50 ${percentile(waits, 50).toFixed(0)} ms, max ${waits[waits.length - 1].toFixed(0)} ms`,
    target: 'reported (each check may hold the server for at most its 1 s budget)',
    pass: null,
  });
  return rows;
}

async function main() {
  const quick = process.argv.includes('--quick');
  let server: RunningServer | undefined;
  const baseUrl = process.env.BENCH_BASE_URL ?? (server = await startServer({ env: BENCH_EXTRACT_ENV })).baseUrl;
  try {
    for (const r of await benchExtractApi(baseUrl, { requests: quick ? 40 : 200 })) {
      console.log(`${r.what}: ${r.figure} (target ${r.target})${r.pass === false ? '  FAIL' : ''}`);
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
