// Jest global setup for the API and e2e projects: one production server for the whole run,
// reading the fixture seeds (tests/fixtures/seeds), so articles added to the app's seeds/ cannot
// change what the tests see, with a claim cache of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from './server';

declare global {
  // eslint-disable-next-line no-var
  var __SERVER__: RunningServer | undefined;
}

export const FIXTURE_SEEDS = path.resolve(__dirname, '..', 'fixtures', 'seeds');

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_BASE_URL) return;
  globalThis.__SERVER__ = await startServer({
    env: {
      CLAIMS_SEEDS_DIR: FIXTURE_SEEDS,
      CLAIMS_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'claims-cache-')),
      // Every test talks to this one server from 127.0.0.1: POST /api/extract's per-client limit
      // is tested by naming a client in X-Forwarded-For (as behind a proxy), so a test that runs a
      // client out of requests locks out only the address it made up.
      CLAIMS_TRUST_PROXY: '1',
    },
  });
  process.env.TEST_BASE_URL = globalThis.__SERVER__.baseUrl;
}
