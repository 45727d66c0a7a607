// `npm run bench`: builds and starts the production server on loopback with the shipped seeds
// (a copy of seeds/, so the new-file test never touches the working tree) and measures every
// target in one run, printing one table (figure, target, PASS/FAIL) and writing it to
// bench/results.md. Exits 0 even when a target is missed: the table says FAIL beside it.
// Every load it makes goes to 127.0.0.1 only and is bounded in time.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { startServer, stopServer, type RunningServer, type StartOptions } from '../scripts/support/next-server';
import { benchCard, CARD_RENDER_TARGET_MS } from './card';
import { BENCH_EXTRACT_ENV, benchExtractApi } from './extract-api';
import { fillFloor, prepareFloor, timeMapStart } from './map-floor';
import { MIX, rssMb, standardMix } from './mix';

const ROOT = path.resolve(__dirname, '..');
const STATIC_DIR = path.join(ROOT, 'public', '__bench');
const quick = process.argv.includes('--quick');
const DURATION = quick ? 3 : 10;
const LOAD_DURATION = quick ? 5 : 20;

interface Row {
  what: string;
  figure: string;
  target: string;
  pass: boolean | null;
}
const rows: Row[] = [];
function row(what: string, figure: string, target: string, pass: boolean | null) {
  rows.push({ what, figure, target, pass });
  console.log(`  ${what}: ${figure} (target ${target})${pass === false ? '  FAIL' : ''}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function cannon(url: string, connections: number, duration: number) {
  return autocannon({ url, connections, duration });
}

async function throughput(base: string) {
  const api = `${base}/api/regions?detail=low`;
  const body = await (await fetch(api)).text();
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(path.join(STATIC_DIR, 'regions-low.json'), body);
  const connections = 2 * os.cpus().length;
  const dynamic = await cannon(api, connections, DURATION);
  const fixed = await cannon(`${base}/__bench/regions-low.json`, connections, DURATION);
  const ratio = dynamic.requests.average / fixed.requests.average;
  row(
    `API throughput, /api/regions?detail=low vs a static file of the same size (${connections} connections, ${DURATION} s each)`,
    `${dynamic.requests.average.toFixed(0)} vs ${fixed.requests.average.toFixed(0)} req/s = ${ratio.toFixed(2)}`,
    '≥ 0.8',
    ratio >= 0.8,
  );
}

async function payloads(base: string) {
  for (const detail of ['low', 'medium', 'full']) {
    const body = await (await fetch(`${base}/api/regions?detail=${detail}`)).arrayBuffer();
    const gz = gzipSync(Buffer.from(body)).length;
    row(`Payload, /api/regions?detail=${detail}, gzip`, kb(gz), detail === 'low' ? '≤ 15 KB' : 'reported', detail === 'low' ? gz <= 15 * 1024 : null);
  }
  const context = gzipSync(Buffer.from(await (await fetch(`${base}/api/context`)).arrayBuffer())).length;
  row('Payload, /api/context (basemap), gzip', kb(context), 'reported', null);
}

/**
 * /api/regions?asOf= as the time control asks for it: each day new to the server (the status is
 * derived and the body encoded on the first request for a day), then the same days again (memoised).
 * Timed on loopback from request to the whole body, one request at a time.
 */
async function asOf(base: string) {
  const timeline = (await (await fetch(`${base}/api/timeline`)).json()) as { days: { date: string }[] };
  const step = Math.max(1, Math.floor(timeline.days.length / 40));
  const days = timeline.days.filter((_, i) => i % step === 0).map((d) => d.date);
  const time = async (day: string) => {
    const t = performance.now();
    const res = await fetch(`${base}/api/regions?detail=medium&asOf=${day}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`asOf=${day}: ${res.status}`);
    return performance.now() - t;
  };
  const first: number[] = [];
  for (const day of days) first.push(await time(day));
  const again: number[] = [];
  for (const day of days) again.push(await time(day));
  const p50 = median(first);
  row(
    `/api/regions?detail=medium&asOf=, ${days.length} days across the corpus, first request for each day (then again: p50 ${median(again).toFixed(1)} ms)`,
    `p50 ${p50.toFixed(1)} ms, max ${Math.max(...first).toFixed(1)} ms`,
    'p50 ≤ 20 ms',
    p50 <= 20,
  );
}

function extractor() {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'bench/extract.ts')], { encoding: 'utf8' });
  let parsed = 0;
  for (const line of out.trim().split('\n')) {
    // e.g. " 4×    1.34 MB  wall  0.51 s =  2.65 MB/s  cpu  0.52 s =  2.57 MB/s  (7131 claims)"
    const m = /^\s*(\d+)×\s+([\d.]+) MB\s+wall\s+([\d.]+) s =\s+([\d.]+) MB\/s\s+cpu\s+([\d.]+) s =\s+([\d.]+) MB\/s/.exec(line);
    if (!m) continue;
    const mbs = Number(m[4]);
    row(`Extractor, ${m[1]}× corpus (${m[2]} MB; best of 3; CPU time ${m[6]} MB/s)`, `${mbs.toFixed(2)} MB/s`, '≥ 2 MB/s, flat across sizes', mbs >= 2);
    parsed++;
  }
  // A format change in bench/extract.ts must not silently drop the rows.
  if (parsed !== 3) row('Extractor', `could not read bench/extract.ts output:\n${out}`, '≥ 2 MB/s', false);
}

async function extractApi(base: string, seedsDir: string) {
  for (const r of await benchExtractApi(base, { requests: quick ? 40 : 200, seedsDir })) row(r.what, r.figure, r.target, r.pass);
}

async function card(server: RunningServer, base: string) {
  for (const r of await benchCard(base, { renders: quick ? 12 : 40, pid: server.child.pid })) {
    row(
      `PNG card render, warm, ${r.size} (${r.renders} renders${r.cpuMs === null ? '' : `; server CPU ${r.cpuMs} ms a render`})`,
      `p50 ${r.p50} ms, p95 ${r.p95} ms`,
      `p50 ≤ ${CARD_RENDER_TARGET_MS} ms`,
      r.p50 <= CARD_RENDER_TARGET_MS,
    );
  }
}

/** Gzip bytes of the module scripts an HTML page names (noModule polyfills excluded: modern browsers skip them). */
async function pageScripts(base: string, pathname: string): Promise<{ bytes: number; count: number }> {
  const html = await (await fetch(`${base}${pathname}`)).text();
  const srcs = new Set(
    [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1])
      .filter((attrs) => !/\bnoModule\b/i.test(attrs))
      .flatMap((attrs) => /src="([^"]+)"/.exec(attrs)?.[1] ?? []),
  );
  let bytes = 0;
  for (const src of srcs) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { bytes, count: srcs.size };
}

async function page(base: string) {
  // JavaScript the browser must fetch before the map starts: what the home page's HTML names.
  // MapLibre is a separate chunk loaded after. The 404 page (no app code) shows the framework's floor.
  for (const pathname of ['/', '/regions/kherson']) {
    const html = await (await fetch(`${base}${pathname}`)).arrayBuffer();
    const gz = gzipSync(Buffer.from(html)).length;
    const home = pathname === '/';
    row(
      `Page HTML, ${pathname} (${home ? 'the four regions with their status and key claims' : 'and the first page of the panel’s claims'})`,
      `${kb(html.byteLength)}, ${kb(gz)} gzip`,
      home ? '≤ 15 KB gzip' : 'reported',
      home ? gz <= 15 * 1024 : null,
    );
  }
  const home = await pageScripts(base, '/');
  const floor = await pageScripts(base, '/no-such-page');
  row(
    `Page, JavaScript before the map starts (${home.count} scripts; the framework alone, as on the 404 page: ${kb(floor.bytes)}), gzip`,
    kb(home.bytes),
    '≤ 120 KB',
    home.bytes <= 120 * 1024,
  );

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const started = Date.now();
      await tab.goto(`${base}/`);
      await tab.waitForFunction(() => (window as unknown as { __mapIdle?: boolean }).__mapIdle === true, null, { timeout: 30_000 });
      times.push(Date.now() - started);
      await context.close();
    }
    const m = median(times);
    row(`Page, navigation to map idle, headless Chromium (median of 5: ${times.join(', ')} ms)`, `${m} ms`, '≤ 2500 ms', m <= 2500);
  } finally {
    await browser.close();
  }
}

/**
 * The time control → map repainted: on the home page, the slider is set to a day (as a reader's
 * drag or key press sets it) and the clock runs until the first frame drawn with that day's
 * colours (window.__mapPaintedAsOf), so it counts the fetch, React and the repaint; and on until
 * the map is idle again (window.__mapAsOf: the localities' points and labels redrawn too). Ten
 * publication days spread over the corpus, each new to the page (no client cache), medians.
 */
async function timeControl(base: string) {
  const timeline = (await (await fetch(`${base}/api/timeline`)).json()) as { first: string; days: { date: string; documents: number }[] };
  const days = timeline.days.filter((d) => d.documents > 0).map((d) => d.date);
  const picks = Array.from({ length: 10 }, (_, i) => days[Math.floor(((i + 0.5) * days.length) / 10)]);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${base}/`);
    await tab.waitForFunction(() => (window as unknown as { __mapIdle?: boolean }).__mapIdle === true, null, { timeout: 30_000 });
    const times: number[] = [];
    const idle: number[] = [];
    for (const day of picks) {
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      const ms = await tab.evaluate(
        async ({ day, first }) => {
          const w = window as unknown as { __mapIdle?: boolean; __mapAsOf?: string | null; __mapPaintedAsOf?: string | null };
          const input = document.querySelector<HTMLInputElement>('[data-testid=as-of-slider]');
          if (!input) throw new Error('no time control on the page');
          const position = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
          const started = performance.now();
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(position));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          let painted = 0;
          while (!(w.__mapAsOf === day && w.__mapIdle === true)) {
            if (!painted && w.__mapPaintedAsOf === day) painted = performance.now() - started;
            if (performance.now() - started > 10_000) throw new Error(`the map did not show ${day}`);
            await new Promise((r) => requestAnimationFrame(r));
          }
          return { painted: painted || performance.now() - started, idle: performance.now() - started };
        },
        { day, first: timeline.first },
      );
      times.push(Math.round(ms.painted));
      idle.push(Math.round(ms.idle));
    }
    const m = median(times);
    row(
      `Time control → map repainted with the day's colours, headless Chromium (median of 10 days: ${times.join(', ')} ms; to idle, localities redrawn too: median ${median(idle)} ms)`,
      `${m} ms`,
      '≤ 300 ms',
      m <= 300,
    );
    await context.close();
  } finally {
    await browser.close();
  }
}

/** Issue 16: the home page's navigation to map idle against a bare MapLibre page drawing the same data. */
async function mapFloor(base: string) {
  await fillFloor(base, STATIC_DIR);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const runs = quick ? 4 : 6;
    for (const r of await timeMapStart(browser, base, runs)) {
      const ratio = median(r.page) / median(r.floor);
      row(
        `Map start, ${r.viewport}: home page vs bare MapLibre page with the same data, navigation to idle (interleaved, median of ${runs}: ${r.page.join(', ')} vs ${r.floor.join(', ')} ms)`,
        `${median(r.page)} vs ${median(r.floor)} ms = ${ratio.toFixed(2)}×`,
        '≤ 1.3×',
        ratio <= 1.3,
      );
    }
  } finally {
    await browser.close();
  }
}

async function memory(server: RunningServer, base: string) {
  const pid = server.child.pid!;
  // Warm up first: V8 grows its heap over the first ~20,000 requests and then holds it. Growth
  // after that is what a leak would show.
  await autocannon({ url: `${base}/api/regions?detail=low`, connections: 4, amount: 20_000 });
  const before = rssMb(pid);
  await autocannon({ url: `${base}/api/regions?detail=low`, connections: 4, amount: 10_000 });
  const after = rssMb(pid);
  const growth = (after - before) / before;
  row(`Server RSS before / after 10,000 requests (after a 20,000-request warm-up)`, `${before.toFixed(0)} → ${after.toFixed(0)} MB (${(growth * 100).toFixed(1)} %)`, '≤ 20 % growth', growth <= 0.2);
}

/** The seeds as shipped, copied, with an empty claim cache: what a fresh clone starts from. */
function corpusCopy(): { seeds: string; cache: string; env: Record<string, string> } {
  const seeds = mkdtempSync(path.join(os.tmpdir(), 'bench-seeds-'));
  const cache = mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'));
  cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  return { seeds, cache, env: { CLAIMS_SEEDS_DIR: seeds, CLAIMS_CACHE_DIR: cache } };
}

const READY = '/api/regions?detail=low';

/** Start-up to the first 200, with an empty claim cache and then with the one that run filled. */
async function startup(options: StartOptions) {
  const cold = await startServer({ ...options, readyPath: READY, output: 'capture', timeoutMs: 60_000 });
  await stopServer(cold);
  const warm = await startServer({ ...options, readyPath: READY, output: 'capture', timeoutMs: 60_000 });
  await stopServer(warm);
  const loaded = (s: RunningServer) => s.output.filter((l) => l.startsWith('seeds: ')).slice(0, 2).join('; ');
  row(`Start-up to first 200 on ${READY}, cold: empty claim cache (${loaded(cold)})`, `${cold.startMs} ms`, '≤ 6000 ms', cold.startMs <= 6000);
  row(`Start-up to first 200, warm: unchanged seeds (${loaded(warm)})`, `${warm.startMs} ms`, '≤ 2000 ms', warm.startMs <= 2000);
}

/** A new article written into the seeds, until the API serves it. */
async function newFile(base: string, seeds: string) {
  await fetch(`${base}/api/documents/none`);
  const times: number[] = [];
  for (const round of [1, 2]) {
    const id = `bench-new-article-${round}`;
    const text = `Ukrainian forces recaptured a village near Bakhmut in the Donetsk region, the General Staff said (bench round ${round}).\n`;
    const started = performance.now();
    writeFileSync(path.join(seeds, `${id}.txt`), text);
    const deadline = started + 10_000;
    while ((await fetch(`${base}/api/documents/${id}`)).status !== 200) {
      if (performance.now() > deadline) throw new Error(`${id} not served within 10 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    times.push(Math.round(performance.now() - started));
    rmSync(path.join(seeds, `${id}.txt`));
    await new Promise((r) => setTimeout(r, 1000));
  }
  row(
    `A new seed file visible in the API (first: loads the extractor, ~0.5 s; second: extractor loaded)`,
    `${times[0]} ms, ${times[1]} ms`,
    '≤ 3000 ms',
    Math.max(...times) <= 3000,
  );
}

/** RSS after the standard mix on a freshly started server, and page throughput, with and without a larger young generation. */
async function mixAndFlags(options: StartOptions) {
  for (const flags of [[], ['--max-semi-space-size=64']]) {
    const server = await startServer({ ...options, nodeFlags: flags, timeoutMs: 60_000 });
    try {
      const mix = await standardMix(server.baseUrl, server.child.pid!);
      const pages = await autocannon({ url: `${server.baseUrl}/`, connections: 4, duration: DURATION });
      const label = flags.length ? flags.join(' ') : 'default young generation (npm start)';
      row(
        `Server RSS after the standard mix (${MIX.api.toLocaleString('en')} API requests, ${MIX.pages} page loads, ${MIX.cards} card renders), ${label}; ${mix.before.toFixed(0)} MB at start; the card renderer process then ${mix.children.toFixed(0)} MB, and the server ${mix.afterIdle.toFixed(0)} MB once it had exited${mix.failed ? `; ${mix.failed} requests failed` : ''}`,
        `${mix.after.toFixed(0)} MB`,
        '≤ 300 MB',
        mix.after <= 300 && mix.failed === 0,
      );
      row(`Page throughput, / (4 connections, ${DURATION} s), ${label}`, `${pages.requests.average.toFixed(0)} req/s, p99 ${pages.latency.p99} ms`, 'reported', null);
    } finally {
      await stopServer(server);
    }
  }
}

async function load(base: string) {
  const paths = ['/api/regions?detail=low', '/api/regions/donetsk', '/api/context', '/', '/regions/kherson'];
  const result = await autocannon({
    url: base,
    connections: 100,
    duration: LOAD_DURATION,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const bad = result.errors + result.timeouts + result.non2xx;
  row(
    `Load, 100 connections for ${LOAD_DURATION} s over API and pages (${result.requests.total} requests, p99 ${result.latency.p99} ms)`,
    `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx/3xx`,
    '0 / 0 / 0',
    bad === 0,
  );
}

function writeResults() {
  const lines = [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version}${quick ? ' (quick mode: shorter runs)' : ''}.`,
    '',
    '| what | figure | target | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.target} | ${r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL'} |`),
    '',
  ];
  writeFileSync(path.join(ROOT, 'bench', 'results.md'), lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
}

/** `--only=time-control` or `--only=map-start`: that row alone (printed, results.md left as it is), for working on the map. */
async function only(name: string) {
  const runners: Record<string, (base: string) => Promise<void>> = { 'time-control': timeControl, 'map-start': mapFloor };
  const run = runners[name];
  if (!run) throw new Error(`--only=${name}: expected one of ${Object.keys(runners).join(', ')}`);
  const corpus = corpusCopy();
  prepareFloor(STATIC_DIR);
  const server = await startServer({ env: corpus.env, timeoutMs: 60_000 });
  try {
    await run(server.baseUrl);
  } finally {
    await stopServer(server);
    rmSync(STATIC_DIR, { recursive: true, force: true });
    rmSync(corpus.seeds, { recursive: true, force: true });
    rmSync(corpus.cache, { recursive: true, force: true });
  }
}

async function main() {
  const onlyArg = process.argv.find((a) => a.startsWith('--only='));
  if (!process.argv.includes('--no-build')) {
    console.log('building…');
    execFileSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  if (onlyArg) return only(onlyArg.slice('--only='.length));
  // The static comparison file must exist before the server starts to be served from public/.
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(path.join(STATIC_DIR, 'regions-low.json'), '{}');
  prepareFloor(STATIC_DIR);
  const corpus = corpusCopy();
  try {
    await startup({ env: corpus.env });
    await mixAndFlags({ env: corpus.env });
    const server = await startServer({ env: { ...corpus.env, ...BENCH_EXTRACT_ENV }, timeoutMs: 60_000 });
    const base = server.baseUrl;
    try {
      console.log(`server at ${base}`);
      await payloads(base);
      await asOf(base);
      await newFile(base, corpus.seeds);
      await throughput(base);
      extractor();
      await extractApi(base, corpus.seeds);
      await card(server, base);
      await page(base);
      await mapFloor(base);
      await timeControl(base);
      await memory(server, base);
      await load(base);
    } finally {
      await stopServer(server);
    }
  } finally {
    rmSync(STATIC_DIR, { recursive: true, force: true });
    rmSync(corpus.seeds, { recursive: true, force: true });
    rmSync(corpus.cache, { recursive: true, force: true });
  }
  writeResults();
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).message}`);
  rmSync(STATIC_DIR, { recursive: true, force: true });
  process.exit(1);
});
