// SWR's fetcher: JSON on success; on failure an Error carrying the API's own message. Every
// fetch revalidates with the server (an ETag round trip, 304 when nothing changed): the API lets
// caches keep answers for a minute, and a reader told the data changed must get the new data.
export class FetchError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new FetchError('The server could not be reached. Check your connection.', 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(body?.error ?? `The server answered ${res.status}.`, res.status);
  }
  return (await res.json()) as T;
}
