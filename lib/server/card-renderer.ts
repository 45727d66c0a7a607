// Draws PNG cards in a child process that exits when idle. satori and resvg (next/og's renderer)
// are the server's largest memory cost: resvg's WebAssembly memory grows to fit the largest card
// drawn and never shrinks, and the first card loads ~90 MB of code and fonts. Measured: in the
// server's own process that stayed resident for good (+115 MB after 12 cards); in a worker thread
// most of it stayed too (its malloc arena is kept after the thread ends). A child process gives all
// of it back a few seconds after the last card. Cards are also cached per data version
// (card-cache.ts), so the renderer is rarely started twice for the same data.
import 'server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** What satori reads: host elements only (function components already called), as plain data. */
export interface HostElement {
  type: string;
  props: Record<string, unknown> & { children?: HostNode | HostNode[] };
}
export type HostNode = HostElement | string | number | null;

export interface CardFontData {
  name: string;
  data: Uint8Array;
  weight: number;
  style: 'normal';
}

interface ReactLikeElement {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

const FRAGMENT = Symbol.for('react.fragment');

function isElement(value: unknown): value is ReactLikeElement {
  return typeof value === 'object' && value !== null && 'type' in value && 'props' in value;
}

/**
 * A React element as plain data another process can receive: function components are called (satori would
 * call them too), fragments are flattened, children become arrays of nodes.
 */
export function toHostTree(node: unknown): HostNode[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [node];
  if (Array.isArray(node)) return node.flatMap(toHostTree);
  if (!isElement(node)) return [];
  const { type, props } = node;
  if (typeof type === 'function') return toHostTree((type as (p: unknown) => unknown)(props));
  if (type === FRAGMENT) return toHostTree(props.children);
  if (typeof type !== 'string') throw new Error(`a card may hold only elements and function components, not ${String(type)}`);
  const { children, ...rest } = props;
  const kids = toHostTree(children);
  return [{ type, props: kids.length ? { ...rest, children: kids } : rest }];
}

// The renderer is plain Node: it loads next/og's renderer from node_modules itself. The fonts come
// once, in the first message: one array object, so satori parses them once.
const RENDERER_SOURCE = `
let ImageResponse;
let fonts;
process.on('message', async ({ id, og, tree, width, height, fontData }) => {
  try {
    ImageResponse ??= require(og).ImageResponse;
    if (fontData) fonts = fontData.map((f) => ({ ...f, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) }));
    const png = new Uint8Array(await new ImageResponse(tree, { width, height, fonts }).arrayBuffer());
    process.send({ id, png });
  } catch (error) {
    process.send({ id, error: String((error && error.stack) || error) });
  }
});
process.on('disconnect', () => process.exit(0));`;

const IDLE_MS = 5000;

interface RendererState {
  child?: ChildProcess;
  next: number;
  pending: Map<number, { resolve: (png: ArrayBuffer) => void; reject: (error: Error) => void }>;
  idle?: NodeJS.Timeout;
}
const holder = globalThis as typeof globalThis & { __claimsCardRenderer?: RendererState };

function ogModule(): string {
  return path.join(process.cwd(), 'node_modules', 'next', 'dist', 'compiled', '@vercel', 'og', 'index.node.js');
}

function renderer(state: RendererState): { child: ChildProcess; fresh: boolean } {
  if (state.child?.connected) return { child: state.child, fresh: false };
  const child = spawn(process.execPath, ['-e', RENDERER_SOURCE], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const fail = (error: Error) => {
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    if (state.child === child) state.child = undefined;
  };
  child.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
    const p = state.pending.get(m.id);
    if (!p) return;
    state.pending.delete(m.id);
    if (m.png) p.resolve(m.png.buffer.slice(m.png.byteOffset, m.png.byteOffset + m.png.byteLength) as ArrayBuffer);
    else p.reject(new Error(m.error ?? 'the card renderer failed'));
    if (state.pending.size === 0) {
      clearTimeout(state.idle);
      state.idle = setTimeout(() => {
        if (state.pending.size === 0 && state.child === child) {
          state.child = undefined;
          child.disconnect();
        }
      }, IDLE_MS);
      state.idle.unref();
    }
  });
  child.on('error', fail);
  child.on('exit', (code, signal) => {
    if (state.pending.size) fail(new Error(`the card renderer stopped (${signal ?? `exit code ${code}`})`));
    if (state.child === child) state.child = undefined;
  });
  child.unref();
  state.child = child;
  return { child, fresh: true };
}

/**
 * Whether cards are drawn in the renderer process: where next/og's renderer is where a checkout has
 * it, unless CLAIMS_CARDS_IN_PROCESS=1 asks for the server's own process (faster a card, costlier in memory).
 */
export function processRendering(): boolean {
  return process.env.CLAIMS_CARDS_IN_PROCESS !== '1' && existsSync(ogModule());
}

/** Draws a card (a React element of host elements and function components) to PNG in the renderer process. */
export function renderCard(element: unknown, options: { width: number; height: number; fonts: readonly CardFontData[] }): Promise<ArrayBuffer> {
  const state: RendererState = (holder.__claimsCardRenderer ??= { next: 1, pending: new Map() });
  const [tree] = toHostTree(element);
  if (!tree || typeof tree !== 'object') return Promise.reject(new Error('a card must be one element'));
  clearTimeout(state.idle);
  const id = state.next++;
  return new Promise<ArrayBuffer>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    const { child, fresh } = renderer(state);
    child.send({ id, og: ogModule(), tree, width: options.width, height: options.height, ...(fresh ? { fontData: options.fonts } : {}) });
  });
}
