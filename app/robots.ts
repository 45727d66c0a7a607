import type { MetadataRoute } from 'next';
import { requestOrigin } from './origin';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await requestOrigin();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/documents/'] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
