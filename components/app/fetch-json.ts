// SWR's fetcher: JSON on success; on failure an Error carrying the API's own message.
export class FetchError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new FetchError('The server could not be reached. Check your connection.', 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(body?.error ?? `The server answered ${res.status}.`, res.status);
  }
  return (await res.json()) as T;
}
