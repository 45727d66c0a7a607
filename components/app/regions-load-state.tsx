// What the panel says while the regions load, or when they could not be loaded (with a retry).
export function RegionsLoadState({ error, loading, onRetry }: { error: Error | undefined; loading: boolean; onRetry: () => void }) {
  if (error) {
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
        <p className="font-semibold">The regions could not be loaded.</p>
        <p>{error.message}</p>
        <button type="button" onClick={onRetry} className="mt-2 min-h-11 rounded-md bg-red-800 px-4 font-semibold text-white">
          Retry
        </button>
      </div>
    );
  }
  return loading ? <p role="status">Loading regions…</p> : null;
}
