// Server-sent events that tell open pages the data changed: a `version` event on connect and
// after every reload, and a comment every 25 s so proxies keep the connection. A page that sees a
// new version revalidates what it shows. Streams end on SIGTERM/SIGINT, so `next start` can stop
// without waiting for readers to close their tabs.
const encoder = new TextEncoder();
const HEARTBEAT_MS = 25_000;

const holder = globalThis as typeof globalThis & { __claimsEventStreams?: Set<() => void> };
function openStreams(): Set<() => void> {
  if (!holder.__claimsEventStreams) {
    const streams = new Set<() => void>();
    holder.__claimsEventStreams = streams;
    const endAll = () => [...streams].forEach((end) => end());
    process.once('SIGTERM', endAll);
    process.once('SIGINT', endAll);
  }
  return holder.__claimsEventStreams;
}

export interface VersionSource {
  current(): string;
  /** Calls back with each new version; returns the unsubscribe function. */
  subscribe(listener: (version: string) => void): () => void;
}

export function versionEvents(request: Request, source: VersionSource): Response {
  const streams = openStreams();
  let end = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          end();
        }
      };
      const send = (version: string) => write(`event: version\ndata: ${JSON.stringify({ version })}\n\n`);
      write('retry: 3000\n\n');
      send(source.current());
      const unsubscribe = source.subscribe(send);
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
      end = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(end);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      streams.add(end);
      request.signal.addEventListener('abort', () => end());
    },
    cancel() {
      end();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: the server's gzip would otherwise hold events back to fill a block.
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
