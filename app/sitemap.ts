import type { MetadataRoute } from 'next';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { requestOrigin } from './origin';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await requestOrigin();
  return [
    { url: `${origin}/`, changeFrequency: 'daily', priority: 1 },
    ...OBLAST_SLUGS.map((slug) => ({ url: `${origin}/regions/${slug}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    { url: `${origin}/check`, changeFrequency: 'monthly', priority: 0.5 },
  ];
}
