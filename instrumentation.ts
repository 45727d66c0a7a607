// Runs once when the server starts, before it answers any request: reads the seeds (extracting
// only what the claim cache lacks), logs what was loaded, and starts watching the folder.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First: per-client limits (POST /api/extract) need each request's own socket address.
  const { stampPeerAddresses } = await import('@/lib/http/client-address');
  stampPeerAddresses();
  const { startCorpus } = await import('@/lib/server/store');
  await startCorpus();
}
