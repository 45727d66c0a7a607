import type { MetadataRoute } from 'next';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { SITE_URL } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: `${SITE_URL}/`, changeFrequency: 'daily', priority: 1 },
    ...OBLAST_SLUGS.map((slug) => ({ url: `${SITE_URL}/regions/${slug}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    { url: `${SITE_URL}/check`, changeFrequency: 'monthly', priority: 0.5 },
  ];
}
