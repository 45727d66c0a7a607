// Jest global setup for the API and e2e projects: one production server for the whole run.
import { startServer, type RunningServer } from './server';

declare global {
  // eslint-disable-next-line no-var
  var __SERVER__: RunningServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_BASE_URL) return;
  globalThis.__SERVER__ = await startServer();
  process.env.TEST_BASE_URL = globalThis.__SERVER__.baseUrl;
}
