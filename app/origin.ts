// The public origin of the request being rendered (pages, metadata routes, preview images).
import 'server-only';
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/site';

export async function requestOrigin(): Promise<string> {
  return publicOrigin({ host: (await headers()).get('host') });
}
