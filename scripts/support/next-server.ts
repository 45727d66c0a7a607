// Starts the production server (`next start`, from the last `next build`) on a free loopback
// port, as `npm start` starts it: for the API and end-to-end tests and for the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  /** Milliseconds from spawning the process to the first 200 on the readiness path. */
  startMs: number;
  /** What the server printed on stdout so far (when started with `output: 'capture'`). */
  output: string[];
}

/** The V8 flags `npm start` passes to node; read from package.json so the two cannot drift apart. */
export const NODE_FLAGS: string[] = (() => {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const afterNode = /\bnode((?:\s+--\S+)*)\s/.exec(start)?.[1] ?? '';
  return afterNode.split(/\s+/).filter(Boolean);
})();

export interface StartOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** The path whose first 200 means ready (default /api). */
  readyPath?: string;
  /** Keep stdout (the seeds log) in `output` instead of dropping it. */
  output?: 'capture' | 'ignore';
  timeoutMs?: number;
  /** V8 flags instead of package.json's (the bench compares them). */
  nodeFlags?: string[];
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? ROOT;
  if (!existsSync(path.join(cwd, '.next', 'BUILD_ID'))) {
    throw new Error('no production build: run `npm run build` (the test command does) before the API and e2e tests');
  }
  const port = await freePort();
  // Started as `npm start` starts it (same V8 flags, see package.json).
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? NODE_FLAGS), path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', options.output === 'capture' ? 'pipe' : 'ignore', 'inherit'],
  });
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => output.push(...chunk.split('\n').filter(Boolean)));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}${options.readyPath ?? '/api'}`, child, options.timeoutMs ?? 30_000);
  return { baseUrl, child, startMs: Math.round(performance.now() - started), output };
}

export async function stopServer(server: RunningServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}
