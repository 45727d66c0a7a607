// Turns what a URL or request says about a region (slug, ISO code, any case) into one oblast.
import { OBLASTS, type Oblast } from '@/lib/oblasts';

export function resolveRegion(input: string): Oblast | undefined {
  const wanted = input.trim().toLowerCase();
  return OBLASTS.find((o) => o.slug === wanted || o.iso.toLowerCase() === wanted);
}
